/** Millimetres to twips, rounded as Word rounds A4 (210 mm → 11906). */
const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1440);

/**
 * The page of a Chinese official document (党政机关公文格式, GB/T 9704-2012): A4, a type area of
 * 156 mm × 225 mm placed by the margins below, 22 lines of 28 characters of 3号 type. Lengths are in
 * twentieths of a point (twips), font sizes in half-points, as Word stores them.
 */
export const PAGE = Object.freeze({
  width: mm(210),
  height: mm(297),
  margin: {
    top: mm(37),
    bottom: mm(35),
    left: mm(28),
    right: mm(26),
  },
  linesPerPage: 22,
  charactersPerLine: 28,
});

/** 三号 16 pt for the body and headings, 二号 22 pt for the title, 四号 14 pt for page numbers. */
export const SIZES = Object.freeze({ body: 32, title: 44, pageNumber: 28, table: 24 });

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** One line of the 22: the type area's height shared out, rounded down so 22 always fit. */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / PAGE.linesPerPage);

/**
 * Character spacing of body type, in twips: 16 pt characters condensed by a quarter point, so 28 of
 * them fit the 156 mm line (a Word character grid would do the same, but other readers of the file
 * render such grids unevenly).
 */
export const CONDENSED = -5;
export const charactersPerLine = (): number => Math.floor(TEXT_WIDTH / (SIZES.body * 10 + CONDENSED));

/** One character of body type, the unit of indents (two for a paragraph's first line). */
export const ONE_CHARACTER = SIZES.body * 10;

/**
 * The faces of the document, each declared with the faces a machine without it should use instead:
 * 方正小标宋简体 for the title, 仿宋_GB2312 for the body, 黑体 / 楷体_GB2312 for the first and second
 * levels of headings. Word reads the fallbacks from the font table (`w:altName`), a chain ending in
 * faces every Chinese Windows has.
 */
export const FONTS = Object.freeze({
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
});

interface FontDeclaration {
  name: string;
  altName: string;
  panose: string;
  family: 'roman' | 'modern' | 'swiss' | 'script';
  pitch: 'variable' | 'fixed';
}

/** GB2312 faces: charset 86, the signature Windows gives its Simplified Chinese fonts. */
const DECLARED_FONTS: FontDeclaration[] = [
  {
    name: FONTS.title,
    altName: '华文中宋',
    panose: '02000000000000000000',
    family: 'script',
    pitch: 'variable',
  },
  { name: '华文中宋', altName: 'SimSun', panose: '02010600040101010101', family: 'roman', pitch: 'variable' },
  { name: FONTS.body, altName: 'FangSong', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: 'FangSong', altName: '仿宋', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: FONTS.level1, altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: FONTS.level2, altName: 'KaiTi', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: 'KaiTi', altName: '楷体', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  {
    name: FONTS.pageNumber,
    altName: 'SimSun',
    panose: '02010600030101010101',
    family: 'roman',
    pitch: 'variable',
  },
  { name: 'SimSun', altName: '宋体', panose: '02010600030101010101', family: 'roman', pitch: 'variable' },
];

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml declaring every face the document names and what stands in for it. */
export const fontTableXml = (): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  DECLARED_FONTS.map(
    (font) =>
      `<w:font w:name="${escapeXml(font.name)}">` +
      `<w:altName w:val="${escapeXml(font.altName)}"/>` +
      `<w:panose1 w:val="${font.panose}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/>` +
      '<w:sig w:usb0="00000001" w:usb1="080E0000" w:usb2="00000010" w:usb3="00000000" w:csb0="00040000" w:csb1="00000000"/>' +
      '</w:font>',
  ).join('') +
  '</w:fonts>';

/** Width in body characters: a Han character or full-width mark is one, a digit or Latin letter half. */
export const widthInCharacters = (text: string): number =>
  [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
