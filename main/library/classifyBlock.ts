import type { BlockKind } from '../../shared/model/article';

const HEADING_MAX_CHARS_CJK = 40;
const HEADING_MAX_CHARS_LATIN = 80;
const BYLINE_MAX_CHARS = 30;
const DATELINE_MAX_CHARS = 40;

// Closing quotes and brackets that may follow a sentence's final punctuation: 。” or .)
const CLOSERS = /[”’」』）)】》〉"'\]]+$/u;
// A line ending in one of these is prose (or a fragment of it), never a heading.
const SENTENCE_END = /[。！？!?…；;：:，,、.．]$/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

// 本报记者 姜晓丹 · 记者 王某 · 通讯员 李某 · 新华社记者 张某 · （记者 王某） · 文/张三
const BYLINE =
  /^[（(]?\s*(本报|新华社|人民日报)?(特约)?(记者|通讯员|评论员|撰稿)[\s：:]*[^\s。！？，,]{1,6}|^(文|作者|撰文)\s*[/／：:]\s*\S/u;
// 本报北京11月5日电 · 新华社北京11月5日电（记者 王某）
const DATELINE = /^(本报|新华社|人民日报|中新社)\S{0,20}电/u;
// …图/新华社记者 马占成 摄 · （李学仁 摄） · 张三摄影
const CAPTION_END = /(\s摄|[（(][^（()）]{1,30}摄[)）]|[/／][^/／]{1,30}摄)$/u;
const CAPTION_START = /^(图[/／:：]|图为|图片[/／:：]|[上下左右]图[/／:：，,\s为])/u;
// A whole line quoted, as section headings in news features often are: “大湾区的发展成就令人赞叹”
const WHOLE_QUOTE = /^[“「『"]([^“”「」『』"]{1,30})[”」』"]$/u;
// A sub-heading led by a dash: ——积极搭建网络空间国际交流合作平台
const DASH_LEAD = /^[—―─-]{2}/u;
const DASH_HEADING_MAX_CHARS = 60;

/**
 * Decides a block's role from its text alone, so the same rules serve the bundled seeds and
 * files users import. Anything not clearly a heading, byline or caption stays a paragraph.
 */
export function classifyBlock(text: string): BlockKind {
  const length = Array.from(text).length;
  if (length <= BYLINE_MAX_CHARS && BYLINE.test(text) && !endsSentence(text)) return 'byline';
  if (length <= DATELINE_MAX_CHARS && DATELINE.test(text)) return 'byline';
  if (CAPTION_END.test(text) || CAPTION_START.test(text)) return 'caption';
  if (isHeading(text, length)) return 'heading';
  return 'paragraph';
}

function isHeading(text: string, length: number): boolean {
  const quoted = WHOLE_QUOTE.exec(text);
  if (quoted) return !quoted[1]!.includes('。');
  if (!/[\p{L}\p{N}]/u.test(text) || endsSentence(text)) return false;
  if (DASH_LEAD.test(text)) return length <= DASH_HEADING_MAX_CHARS;
  return length <= (CJK.test(text) ? HEADING_MAX_CHARS_CJK : HEADING_MAX_CHARS_LATIN);
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLOSERS, '')) || SENTENCE_END.test(text);
}
