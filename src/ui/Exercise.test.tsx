// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LangContext } from '../i18n';
import { Exercise } from './Exercise';

afterEach(cleanup);

function setup(props: { answer?: number; tolerance?: number; solved?: boolean } = {}) {
  const onResult = vi.fn();
  const utils = render(
    <Exercise id="ex1" question="What is σ(0)?" answer={props.answer ?? 0.5} tolerance={props.tolerance}
      solved={props.solved} working={<p>σ(0) = 1 / (1 + e⁰) = 0.5</p>} onResult={onResult} />,
  );
  const input = screen.getByLabelText('Your answer') as HTMLInputElement;
  const answer = (text: string) => {
    fireEvent.change(input, { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  };
  const feedback = () => document.getElementById(input.getAttribute('aria-describedby')!)!.textContent;
  return { ...utils, onResult, answer, feedback, input };
}

describe('Exercise', () => {
  it('a correct answer (comma decimal) says Correct! and reports it', () => {
    const { answer, feedback, onResult } = setup();
    answer('0,5');
    expect(feedback()).toBe('Correct!');
    expect(onResult).toHaveBeenCalledWith(true, 0.5);
  });

  it('an answer within the tolerance is correct', () => {
    const { answer, onResult } = setup();
    answer('0.5004');
    expect(onResult).toHaveBeenLastCalledWith(true, 0.5004);
  });

  it('a wrong answer says which way it is off without revealing the answer', () => {
    const { answer, feedback, onResult } = setup();
    answer('0.52');
    expect(feedback()).toMatch(/Not quite — close, but a little too high/);
    answer('3');
    expect(feedback()).toMatch(/Not quite — too high/);
    answer('-4');
    expect(feedback()).toMatch(/too low/);
    expect(feedback()).not.toContain('0.5');
    expect(onResult).toHaveBeenLastCalledWith(false, -4);
  });

  it('after the working is opened, the exact gap is shown', () => {
    const { answer, feedback, container } = setup();
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    answer('0.75');
    expect(feedback()).toBe('Not quite — off by 0.25. Try again.');
  });

  it('the working is hidden behind a "Show the working" disclosure', () => {
    const { container } = setup();
    expect(screen.getByText('Show the working').tagName).toBe('SUMMARY');
    expect(container.querySelector('details')!.open).toBe(false);
  });

  it.each([['', 'Enter a number'], ['abc', 'Not a number'], ['1e999', 'too large'], ['NaN', 'Not a number']])(
    'bad input %j shows a message and is not reported', (text, message) => {
      const { answer, feedback, onResult, input } = setup();
      answer(text);
      expect(feedback()).toContain(message);
      expect(onResult).not.toHaveBeenCalled();
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });

  it('Enter in the input checks the answer', () => {
    const { input, feedback } = setup();
    fireEvent.change(input, { target: { value: '0.5' } });
    fireEvent.submit(input.closest('form')!);
    expect(feedback()).toBe('Correct!');
  });

  it('a non-finite answer from the engine cannot be checked and is never reported correct', () => {
    const { answer, feedback, onResult } = setup({ answer: NaN });
    answer('0.5');
    expect(feedback()).toBe('This exercise cannot be checked right now.');
    expect(onResult).not.toHaveBeenCalled();
  });

  it('a solved exercise shows a ✓ badge', () => {
    setup({ solved: true });
    expect(screen.getByRole('img', { name: 'Solved' }).textContent).toBe('✓');
  });

  it('speaks Vietnamese', () => {
    render(
      <LangContext.Provider value="vi">
        <Exercise id="ex2" question="?" answer={1} onResult={() => {}} />
      </LangContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText('Câu trả lời của bạn'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(screen.getByText('Chính xác!')).toBeTruthy();
  });
});
