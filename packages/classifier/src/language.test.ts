import { describe, expect, it } from 'vitest';
import { scriptLanguage } from './language';

describe('scriptLanguage', () => {
  it('calls Chinese text zh, with or without English words in it', () => {
    expect(scriptLanguage('我的卡丢了')).toBe('zh');
    expect(scriptLanguage('ATM吞了我的卡')).toBe('zh');
    expect(scriptLanguage('我的PIN被锁了，app里也改不了')).toBe('zh');
    expect(scriptLanguage('退款还没到账\n我上周申请的退款到现在还没有到账。')).toBe('zh');
  });

  it('calls Latin-script text en, and text of other scripts or no letters other', () => {
    expect(scriptLanguage('Where is my refund?')).toBe('en');
    expect(scriptLanguage('My card (银联) was declined')).toBe('en');
    expect(scriptLanguage('Моя карта не работает')).toBe('other');
    expect(scriptLanguage('1234 !!!')).toBe('other');
  });
});
