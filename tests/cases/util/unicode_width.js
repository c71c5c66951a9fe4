// Column widths of CJK, emoji and combining characters in grouped arrays and tables.
const samples = ['日本', '語', 'é', 'e\u0301', '😀', '👍🏽', '✓', '★', '€', 'ｱ', '한국', '\u200b', 'αβγ', '→', '©', '🇯🇵', '♥', '☃', '\u{20000}', '〇', 'ﾊ', '⌚', '⚡'];
for (const s of samples) console.log([s, 'ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn', s + s, 'op'].length && [s, 'ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn', s + s, 'op']);
console.table([{ k: '日本語', v: '😀' }, { k: 'abc', v: 'é' }, { k: '⚡', v: '♥' }]);
console.log(['\u0b5c', '\u20d0x', '\u1d160', 'a\u0300', '\u{1F468}\u200d\u{1F469}', '\u{1F3FD}', '\u3000', '\uff61', 'x', 'y']);
console.table([{ a: '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', b: '\u00ad', c: '\u{1D160}' }, { a: '\u2630', b: '\u268a', c: '\u{1F1EF}' }]);
