// An independent ActivityPub server built on Fedify, run by FedifyFollowerIT against a running
// Unionhall. It serves two actors: "alice" on http://127.0.0.1:PORT (a host Unionhall federates
// with), "bob" beside it, whose inbox takes only RFC 9421 signatures (a server that answers 401 to
// draft-cavage-12, for Unionhall's "double knock"), and "mallory" on http://localhost:BLOCKED_PORT (a host Unionhall's operator blocked). Fedify
// verifies every request to its inboxes with its own code before a listener sees the activity, so
// what the listeners record arrived signed by its actor. The test drives it through /control/*.
import http from "node:http";
import { createFederation, MemoryKvStore, generateCryptoKeyPair, signRequest } from "@fedify/fedify";
import { Accept, Create, Endpoints, Follow, Note, Person, Reject, Undo } from "@fedify/vocab";

const PORT = Number(process.env.PORT);
const BLOCKED_PORT = Number(process.env.BLOCKED_PORT);
const UNIONHALL = process.env.UNIONHALL;

const state = { accepts: [], notes: [], rejects: [], errors: [], cavageRefused: 0 };
const keys = {};

function makeFederation(origin) {
  const federation = createFederation({ kv: new MemoryKvStore(), origin, allowPrivateAddress: true });
  federation.setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (!["alice", "bob", "mallory"].includes(identifier)) return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: identifier,
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey,
      assertionMethods: pairs.map((p) => p.multikey),
    });
  }).setKeyPairsDispatcher(async (ctx, identifier) => {
    if (!keys[identifier]) {
      keys[identifier] = [await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"), await generateCryptoKeyPair("Ed25519")];
    }
    return keys[identifier];
  });
  federation.setInboxListeners("/users/{identifier}/inbox", "/inbox")
    .on(Accept, async (ctx, accept) => {
      // The id only: Fedify refetches an embedded object of another origin (FEP-fe34), and a
      // Follow's id is a fragment of this server's actor.
      state.accepts.push({ id: accept.id?.href, actor: accept.actorId?.href, follow: accept.objectId?.href });
    })
    .on(Reject, async (ctx, reject) => {
      state.rejects.push({ id: reject.id?.href, actor: reject.actorId?.href });
    })
    .on(Create, async (ctx, create) => {
      const object = await create.getObject();
      if (object instanceof Note) {
        state.notes.push({
          id: object.id?.href, create: create.id?.href, actor: create.actorId?.href,
          attributedTo: object.attributionId?.href, content: object.content?.toString(),
          to: create.toIds.map((u) => u.href), cc: create.ccIds.map((u) => u.href),
        });
      }
    })
    .onError(async (ctx, error) => { state.errors.push(String(error)); });
  return federation;
}

const alice = makeFederation(`http://127.0.0.1:${PORT}`);
const mallory = makeFederation(`http://localhost:${BLOCKED_PORT}`);
const follows = {};

async function groupOf(federation, slug) {
  const host = new URL(UNIONHALL).host;
  const finger = await fetch(`${UNIONHALL}/.well-known/webfinger?resource=acct:${slug}@${host}`);
  if (finger.status !== 200) throw new Error(`WebFinger answered ${finger.status}`);
  const jrd = await finger.json();
  const self = jrd.links.find((l) => l.rel === "self" && l.type === "application/activity+json");
  const ctx = federation.createContext(new URL(federation === alice ? `http://127.0.0.1:${PORT}` : `http://localhost:${BLOCKED_PORT}`));
  const group = await ctx.lookupObject(self.href);
  if (group == null) throw new Error(`Fedify could not read the actor ${self.href}`);
  return { ctx, group, type: group.constructor.name };
}

async function control(url, res) {
  const slug = url.searchParams.get("slug");
  const who = url.searchParams.get("as") ?? "alice";
  const federation = who === "mallory" ? mallory : alice;
  switch (url.pathname) {
    case "/control/state":
      return json(res, 200, state);
    case "/control/rotate": {
      // A new RSA key under the same key id, as a server does when it rotates its keys.
      keys[who] = [await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"), keys[who][1]];
      return json(res, 200, { rotated: who });
    }
    case "/control/lookup": {
      const { group, type } = await groupOf(federation, slug);
      const key = await group.getPublicKey();
      return json(res, 200, { id: group.id.href, type, name: group.name?.toString(), inbox: group.inboxId?.href,
        followers: group.followersId?.href, key: key?.id?.href ?? null });
    }
    case "/control/follow": {
      const { ctx, group } = await groupOf(federation, slug);
      const follow = new Follow({ id: new URL(`${ctx.getActorUri(who).href}#follows/${crypto.randomUUID()}`),
        actor: ctx.getActorUri(who), object: group.id });
      follows[`${who}:${slug}`] = follow;
      try {
        await ctx.sendActivity({ identifier: who }, group, follow, { immediate: true });
        return json(res, 200, { sent: true, follow: follow.id.href });
      } catch (e) {
        return json(res, 200, { sent: false, error: String(e) });
      }
    }
    case "/control/undo": {
      const { ctx, group } = await groupOf(federation, slug);
      const follow = follows[`${who}:${slug}`];
      const undo = new Undo({ id: new URL(`${ctx.getActorUri(who).href}#undo/${crypto.randomUUID()}`),
        actor: ctx.getActorUri(who), object: follow });
      await ctx.sendActivity({ identifier: who }, group, undo, { immediate: true });
      return json(res, 200, { sent: true, undo: undo.id.href });
    }
    case "/control/raw": {
      // A request Fedify signs, then changed or stripped, sent straight to the union's inbox.
      const { ctx, group } = await groupOf(federation, slug);
      const kind = url.searchParams.get("kind");
      const spec = url.searchParams.get("spec") ?? "draft-cavage-http-signatures-12";
      const follow = new Follow({ id: new URL(`${ctx.getActorUri(who).href}#raw/${crypto.randomUUID()}`),
        actor: ctx.getActorUri(who), object: group.id });
      const body = JSON.stringify(await follow.toJsonLd({ contextLoader: ctx.contextLoader }));
      let request = new Request(group.inboxId, { method: "POST", body,
        headers: { "Content-Type": "application/activity+json" } });
      if (kind !== "unsigned") {
        const pair = (await ctx.getActorKeyPairs(who))[0];
        request = await signRequest(request, pair.privateKey, pair.keyId, { spec });
      }
      const sentBody = kind === "tampered" ? body.replace("Follow", "Follow").replace(/}$/, ',"summary":"changed"}') : body;
      const sent = await fetch(request.url, { method: "POST", headers: request.headers, body: sentBody });
      return json(res, 200, { status: sent.status, answer: await sent.text(), id: follow.id.href });
    }
    default:
      return json(res, 404, { error: "no such control" });
  }
}

function json(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

function serve(federation, port) {
  const server = http.createServer(async (req, res) => {
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      const url = new URL(req.url, `http://${req.headers.host}`);
      if (url.pathname.startsWith("/control/")) return await control(url, res);
      if (url.pathname === "/users/bob/inbox" && req.headers["signature-input"] === undefined) {
        state.cavageRefused++;
        return json(res, 401, { error: "this inbox takes RFC 9421 signatures only" });
      }
      const request = new Request(url, { method: req.method, headers: req.headers,
        body: req.method === "GET" || req.method === "HEAD" ? undefined : body });
      const response = await federation.fetch(request, { contextData: undefined });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      state.errors.push(String(e?.stack ?? e));
      json(res, 500, { error: String(e) });
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
}

await serve(alice, PORT);
await serve(mallory, BLOCKED_PORT);
console.log(`READY ${PORT} ${BLOCKED_PORT}`);
