import { describe, expect, it } from 'vitest';
import { detectLanguage, requestLanguage } from './language';

describe('detectLanguage', () => {
  it('calls Chinese text zh, with or without English words in it', () => {
    expect(detectLanguage('我的卡丢了')).toBe('zh');
    expect(detectLanguage('ATM吞了我的卡')).toBe('zh');
    expect(detectLanguage('我的PIN被锁了，app里也改不了')).toBe('zh');
    expect(detectLanguage('我的 Visa card 被冻结了')).toBe('zh');
    expect(detectLanguage('退款还没到账\n我上周申请的退款到现在还没有到账。')).toBe('zh');
  });

  it('calls Latin-script text en, even when it quotes a Chinese name', () => {
    expect(detectLanguage('Where is my refund?')).toBe('en');
    expect(detectLanguage('My card (银联) was declined')).toBe('en');
    expect(detectLanguage('Please update the account holder name to 王小明 on my savings account, thanks a lot.')).toBe('en');
  });

  it('calls other scripts, Japanese and Korean included, and text without letters other', () => {
    expect(detectLanguage('Моя карта не работает')).toBe('other');
    expect(detectLanguage('カードが届きません。確認してください。')).toBe('other');
    expect(detectLanguage('銀行のカードが使えません')).toBe('other');
    expect(detectLanguage('카드가 도착하지 않았어요')).toBe('other');
    expect(detectLanguage('1234 !!!')).toBe('other');
    expect(detectLanguage('')).toBe('other');
  });
});

describe('requestLanguage', () => {
  it('takes metadata.language when it names one of en, zh, other in any case', () => {
    expect(requestLanguage({ subject: 'Hello', body: 'card', metadata: { language: 'ZH' } })).toBe('zh');
    expect(requestLanguage({ subject: '你好', body: '卡', metadata: { language: 'other' } })).toBe('other');
  });

  it('detects from subject and body when metadata.language is absent or not one of them', () => {
    expect(requestLanguage({ subject: '你好', body: '卡', metadata: { language: 'chinese' } })).toBe('zh');
    expect(requestLanguage({ subject: 'Hello', body: 'card', metadata: { language: 42 } })).toBe('en');
    expect(requestLanguage({ subject: 'Hello', body: 'card', metadata: {} })).toBe('en');
  });
});
