import { describe, expect, it } from 'vitest';
import { deviceTokenFor, rememberDeviceToken } from './device-tokens.js';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('device tokens', () => {
  it('keeps one token per account, as the username is compared, and nothing for an empty answer', () => {
    const storage = new MemoryStorage();
    rememberDeviceToken('Office', 'dv1.a', storage);
    rememberDeviceToken('admin', 'dv1.b', storage);
    rememberDeviceToken('admin', null, storage);
    expect(deviceTokenFor(' office ', storage)).toBe('dv1.a');
    expect(deviceTokenFor('admin', storage)).toBe('dv1.b');
    expect(deviceTokenFor('leader', storage)).toBeNull();
  });

  it('reads a damaged entry as none', () => {
    const storage = new MemoryStorage();
    storage.setItem('duban.deviceTokens', '{not json');
    expect(deviceTokenFor('office', storage)).toBeNull();
  });
});
