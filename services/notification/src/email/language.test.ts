import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('reads plain English as English', () => {
    expect(detectLanguage('My card was declined at the supermarket twice today.')).toBe('en');
  });

  it('reads Chinese as Chinese, even with an English product name in it', () => {
    expect(detectLanguage('我的 Visa 卡在超市被拒绝了两次，请帮我查一下。')).toBe('zh');
  });

  it('keeps an English request that quotes a Chinese name in English', () => {
    expect(detectLanguage('Please update the account holder name to 王小明 on my savings account, thanks a lot.')).toBe('en');
  });

  it('falls back to English for text without letters', () => {
    expect(detectLanguage('12345 !!!')).toBe('en');
  });
});
