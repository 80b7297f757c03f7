// Command-line driver of the booth and trustee modules, for the Java compatibility test
// (web/src/test/java/org/unionhall/web/booth): the exact code the pages run, fed with files
// that ballot-crypto wrote, answering canonical JSON on stdout, or a reason on stderr and exit 1.
//
//   node tools/compat.js credential DIR                 writes DIR/credential.json, prints {credential}
//   node tools/compat.js announce DIR INDEX             writes DIR/trustee-INDEX.json, prints the announcement
//   node tools/compat.js shares DIR INDEX               reads DIR/announcements.json, prints the shares
//   node tools/compat.js receive DIR INDEX              reads announcements.json and shares.json
//   node tools/compat.js ballot DIR CHOICES             reads election.json, context.json, credential.json
//   node tools/compat.js decrypt DIR INDEX              reads election.json, context.json, tally.json
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseHash, canonicalJson, readElection, readManifest } from '../src/election.js';
import {
  checkOpening, credentialBackup, credentialFromBackup, encryptBallot, newCredential,
} from '../src/booth.js';
import {
  announce, newTrustee, partialDecryption, receiveShares, sealShares, trusteeBackup, trusteeFromBackup,
} from '../src/trustee.js';
import { toBase64Url } from '../src/encoding.js';

const [command, dir, arg] = process.argv.slice(2);
const read = (name) => readFileSync(join(dir, name), 'utf8');
const write = (name, value) => writeFileSync(join(dir, name), JSON.stringify(value));
const out = (value) => process.stdout.write(canonicalJson(value));

function manifest() {
  return readManifest(read('election.json'));
}

function election() {
  return readElection(read('election.json'), read('context.json'));
}

function trustee(m) {
  return trusteeFromBackup(read(`trustee-${arg}.json`), m);
}

const commands = {
  credential() {
    const c = newCredential();
    write('credential.json', credentialBackup(manifest().election, c));
    out({ credential: c.credential });
  },
  announce() {
    const m = manifest();
    const state = newTrustee(m, Number(arg));
    write(`trustee-${arg}.json`, trusteeBackup(state));
    out(announce(state, baseHash(m)));
  },
  shares() {
    const m = manifest();
    out(sealShares(trustee(m), baseHash(m), m, JSON.parse(read('announcements.json'))));
  },
  receive() {
    const m = manifest();
    const state = trustee(m);
    const result = receiveShares(state, baseHash(m), m, JSON.parse(read('announcements.json')),
      JSON.parse(read('shares.json')));
    write(`trustee-${arg}.json`, trusteeBackup(state));
    out(result);
  },
  ballot() {
    const e = election();
    const c = credentialFromBackup(read('credential.json'), e.manifest.election);
    const { ballot, opening, digest } = encryptBallot(e, c.secret, JSON.parse(arg));
    const check = checkOpening(e, ballot, opening);
    if (!check.ok) throw new Error(check.problems.join('; '));
    out({ ballot, digest: toBase64Url(digest), opening });
  },
  decrypt() {
    const e = election();
    out(partialDecryption(trustee(e.manifest), e, read('tally.json')));
  },
};

try {
  if (!commands[command]) throw new Error(`unknown command '${command}'`);
  commands[command]();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
