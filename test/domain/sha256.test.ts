import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/domain/sha256';
import { prng } from '../support/prng';

const node = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('the FIPS 180-4 example %j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it('agrees with node:crypto at every length around the block boundaries and on non-ASCII text', () => {
    const random = prng(7);
    const texts = [...Array.from({ length: 200 }, (_, n) => 'x'.repeat(n)), 'RECAUDACIÓN «Recaudación 2024» — 𝄞', 'a\ud800b', ...Array.from({ length: 50 }, () => String.fromCharCode(...Array.from({ length: random.int(0, 300) }, () => random.int(32, 0x2fff))))];
    expect(texts.map(sha256Hex)).toEqual(texts.map(node));
  });
});
