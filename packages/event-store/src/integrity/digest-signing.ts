import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * Signs digests with an Ed25519 key kept outside the database. Anyone who can write the database can
 * recompute hash chains and digests; without the private key they cannot make a digest that the
 * public key accepts. The public key alone verifies, so a copy of the digests can be checked
 * elsewhere without trusting whoever holds it.
 */
export interface DigestSigner {
  /** First 16 hex digits of sha256 over the public key (SPKI, DER): names the key in each digest. */
  readonly keyId: string;
  readonly publicKey: KeyObject;
  /** Base64 Ed25519 signature of the UTF-8 payload. */
  sign(payload: string): string;
}

/** Names a public key the way digests do. */
export function digestKeyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** A signer from a PKCS#8 PEM Ed25519 private key; refuses any other kind of key. */
export function createDigestSigner(privateKeyPem: string): DigestSigner {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `the digest signing key must be an Ed25519 private key (got ${privateKey.asymmetricKeyType})`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: digestKeyId(publicKey),
    publicKey,
    sign: (payload) => sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64'),
  };
}

/** A new Ed25519 private key as PKCS#8 PEM (what `openssl genpkey -algorithm ed25519` writes). */
export function generateDigestSigningKey(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Checks signatures against a set of trusted public keys (the current one and any earlier ones). */
export interface DigestVerifier {
  readonly keyIds: readonly string[];
  verify(keyId: string, payload: string, signature: string): boolean;
}

export function createDigestVerifier(publicKeys: Iterable<KeyObject | string>): DigestVerifier {
  const keys = new Map<string, KeyObject>();
  for (const given of publicKeys) {
    const key = typeof given === 'string' ? createPublicKey(given) : given;
    const publicKey = key.type === 'private' ? createPublicKey(key) : key;
    keys.set(digestKeyId(publicKey), publicKey);
  }
  return {
    keyIds: [...keys.keys()],
    verify(keyId, payload, signature) {
      const key = keys.get(keyId);
      if (!key || typeof signature !== 'string') return false;
      try {
        return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}
