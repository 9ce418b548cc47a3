/**
 * The short text the character model learns (written for this course). Small vocabulary and repeated
 * words, so a small network starts to spell within a minute of training in the browser.
 */
export const CHAR_TEXT = [
  'the river runs past the rice fields and the rice grows green in the rain.',
  'the rain falls on the river and the river runs to the sea.',
  'the farmer walks to the field in the morning and the farmer sings to the rice.',
  'in the evening the farmer walks home along the river and the river sings too.',
  'the sea is wide and the sea is blue and the boats go out to the sea.',
  'the boats come home in the evening with fish for the farmer and for the children.',
  'the children run to the river and the children sing to the boats.',
  'the morning is green, the evening is blue, and the river runs on and on.',
].join(' ');
