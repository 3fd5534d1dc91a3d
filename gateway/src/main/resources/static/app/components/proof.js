// The archive's tamper evidence, checked here in the browser rather than taken on trust: the record's leaf
// (the exact bytes the log hashed) must hash to the proof's leaf hash (RFC 9162 §2.1.1), its audit path must lead
// to the checkpoint's root (§2.1.3.2), and the checkpoint must carry a valid Ed25519 signature by the archive's
// published key over its note body "<origin>\n<size>\n<base64 root>\n<time>\n".
import { api } from '../api.js';

const b64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

async function sha256(...parts) {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
}

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null when the path does not fit the tree size. */
export async function rootFromInclusion(leafIndex, treeSize, leafHash, path) {
  if (leafIndex >= treeSize) return null;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(NODE, p, r);
      while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
    } else {
      r = await sha256(NODE, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

async function signatureValid(checkpoint, publishedKey) {
  if (checkpoint.publicKey !== publishedKey) return false;
  const body = `${checkpoint.origin}\n${checkpoint.treeSize}\n${checkpoint.rootHash}\n${checkpoint.timestamp}\n`;
  const key = await crypto.subtle.importKey('spki', b64(checkpoint.publicKey), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, b64(checkpoint.signature), new TextEncoder().encode(body));
}

/**
 * {state: 'verified', treeSize, leafIndex, checkpoint} when all three checks hold; {state: 'failed', step} names
 * the check that did not; {state: 'absent'} when the archive has no proof for the record (yet) or no log at all.
 */
export async function verifyRecord(documentId) {
  let proof;
  let leafBytes;
  let key;
  try {
    proof = (await api.get(`/api/archive/records/${documentId}/proof`)).body;
    leafBytes = (await api.bytes(`/api/archive/records/${documentId}/leaf`)).body;
    key = (await api.get('/api/archive/checkpoints/key')).body;
  } catch (e) {
    if (e.status === 404) return { state: 'absent' };
    throw e;
  }
  return verifyProof(proof, leafBytes, key.publicKey);
}

export async function verifyProof(proof, leafBytes, publishedKey) {
  const leafHash = await sha256(LEAF, leafBytes);
  if (!same(leafHash, b64(proof.leafHash))) return { state: 'failed', step: 'leaf' };
  const root = await rootFromInclusion(proof.leafIndex, proof.treeSize, leafHash, proof.auditPath.map(b64));
  if (!root || !same(root, b64(proof.checkpoint.rootHash))) return { state: 'failed', step: 'path' };
  try {
    if (!(await signatureValid(proof.checkpoint, publishedKey))) return { state: 'failed', step: 'signature' };
  } catch {
    return { state: 'failed', step: 'signature' };
  }
  return { state: 'verified', treeSize: proof.treeSize, leafIndex: proof.leafIndex, checkpoint: proof.checkpoint };
}
