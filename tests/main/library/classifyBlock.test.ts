import { describe, expect, it } from 'vitest';
import { classifyBlock } from '../../../main/library/classifyBlock';

describe('classifyBlock', () => {
  it.each([
    '本报记者 姜晓丹',
    '本报记者 韩 硕',
    '记者 王小明',
    '通讯员 李华',
    '（记者 张三）',
    '新华社记者 李学仁',
    '本报北京11月5日电',
    '文/张三',
  ])('treats %s as a byline', (text) => {
    expect(classifyBlock(text)).toBe('byline');
  });

  it.each([
    '记者从市教育局了解到，今年全市新建学校20所。',
    '本报北京11月5日电 今年以来，全国铁路发送旅客超过30亿人次，同比增长明显，运输安全平稳有序，各项指标向好。',
  ])('treats prose that opens with a reporter or dateline as a paragraph: %s', (text) => {
    expect(classifyBlock(text)).toBe('paragraph');
  });

  it.each([
    '2017年5月15日，会议举行。图/新华社记者 马占成 摄',
    '游客在长城参观。（新华社记者 李学仁 摄）',
    '图为滦平县大屯镇群众工作中心',
    '上图：乌镇夜景',
    '图/视觉中国',
  ])('treats %s as a caption', (text) => {
    expect(classifyBlock(text)).toBe('caption');
  });

  it.each([
    '“大湾区的发展成就令人赞叹”',
    '问题在一线发现、研判、解决',
    '——积极搭建网络空间国际交流合作平台',
    '# 我的学习笔记',
    'Chapter One: Spring in Beijing',
  ])('treats %s as a heading', (text) => {
    expect(classifyBlock(text)).toBe('heading');
  });

  it.each([
    '中国搭台，全球共享。',
    '“多练习。”',
    '他说：',
    '新时代新征程，中国在坚定维护世界和平与发展中谋求自身发展，又以自身发展更好维护世界和平',
    '这是一个拍摄于北京的镜头。',
    '……',
    '---',
  ])('treats %s as a paragraph', (text) => {
    expect(classifyBlock(text)).toBe('paragraph');
  });
});
