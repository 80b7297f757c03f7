#!/usr/bin/env python3
"""A second, independent verifier of a Unionhall election record, written from docs/protocol.md
alone (pure Python 3.8+, standard library only, slow: for small records). It exists to show that
the specification is complete: it recomputes H_B, the ceremony digest, the roll digest, H_E, every
tracking code, proof, signature and opening, the weighted tally, the partial decryptions and the
result, and stops at the first failed assertion (named by its check id of protocol section 11).

Usage: python3 ballot-crypto/tools/independent-verifier.py RECORD_FOLDER

Reads version 1 and version 2 records (version 2: board key and opening facts in code_0, the
closing instant); it does not judge receipts.
"""
import sys, json
import hashlib, hmac, json, base64, struct
p=0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
a=p-3
b=0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
q=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
Gx=0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296
def sqrt(v):
    r=pow(v,(p+1)//4,p); return r if r*r%p==v%p else None
Gy=sqrt((Gx**3+a*Gx+b)%p); Gy = Gy if Gy%2==1 else p-Gy
G=(Gx,Gy)
def add(P,Q):
    if P is None: return Q
    if Q is None: return P
    if P[0]==Q[0] and (P[1]+Q[1])%p==0: return None
    if P==Q: l=(3*P[0]*P[0]+a)*pow(2*P[1],-1,p)%p
    else: l=(Q[1]-P[1])*pow(Q[0]-P[0],-1,p)%p
    x=(l*l-P[0]-Q[0])%p; return (x,(l*(P[0]-x)-P[1])%p)
def mul(P,k):
    k%=q; R=None
    while k:
        if k&1: R=add(R,P)
        P=add(P,P); k>>=1
    return R
def neg(P): return None if P is None else (P[0],(-P[1])%p)
def enc(P): return b'\x00' if P is None else bytes([2+(P[1]&1)])+P[0].to_bytes(32,'big')
def dec(bs):
    assert len(bs)==33 and bs[0] in (2,3)
    x=int.from_bytes(bs[1:],'big'); assert x<p
    y=sqrt((x**3+a*x+b)%p); assert y is not None
    if y%2!=bs[0]-2: y=p-y
    return (x,y)
u32=lambda n: struct.pack('>I',n); u64=lambda n: struct.pack('>Q',n)
def frame(tag,parts):
    t=tag.encode(); out=u32(len(t))+t
    for x in parts: out+=u32(len(x))+x
    return out
H=lambda tag,*parts: hashlib.sha256(frame(tag,parts)).digest()
HK=lambda key,tag,*parts: hmac.new(key,frame(tag,parts),hashlib.sha256).digest()
CH=lambda key,tag,*parts: int.from_bytes(HK(key,tag,*parts)[:16],'big')
b64=lambda s: base64.urlsafe_b64decode(s+'='*(-len(s)%4))
D=sys.argv[1]
def range_check(tag,ctx,alpha,beta,lo,hi,proof):
    n=hi-lo+1; assert len(proof)==48*n
    cs=[];coms=[]
    for i in range(n):
        c=int.from_bytes(proof[48*i:48*i+16],'big'); v=int.from_bytes(proof[48*i+16:48*i+48],'big'); assert v<q
        val=lo+i
        ai=add(mul(G,v),mul(alpha,c)); shifted=add(beta,neg(mul(G,val))) if val else beta
        bi=add(mul(K,v),mul(shifted,c) if shifted else None)
        cs.append(c); coms+=[enc(ai),enc(bi)]
    ch=CH(HE,tag,*ctx,u32(lo),u32(hi),enc(K),enc(alpha),enc(beta),*coms)
    return sum(cs)%2**128==ch
rd_=lambda f: open(D+'/'+f,encoding='utf-8').read()
def canon(o): return json.dumps(o,separators=(',',':'),sort_keys=True,ensure_ascii=False)
for f in ['election.json','context.json','ceremony.json','tally.json','decryption.json','result.json']:
    t=rd_(f); assert canon(json.loads(t))==t, f
E=json.loads(rd_('election.json')); C=json.loads(rd_('context.json'))
assert E['format'] in ('unionhall-election/1','unionhall-election/2'),'V2'
V2REC=E['format']=='unionhall-election/2'
parts=[E['format'].encode(),b'P-256',E['election'].encode(),E['title'].encode(),u32(E['trustees']),u32(E['threshold']),u32(len(E['contests']))]
for c in E['contests']:
    parts+= [c['id'].encode(),c['question'].encode(),c['method'].encode(),u32(c['min']),u32(c['max']),u32(c['range']),u32(len(c['options']))]+[o.encode() for o in c['options']]
HB=H('unionhall/v1/election-base',*parts); assert b64(C['baseHash'])==HB,'V2'
def schnorr(key,tag,ctx,Xe,proof):
    c=int.from_bytes(proof[:16],'big'); v=int.from_bytes(proof[16:],'big'); assert v<q
    h=add(mul(G,v),mul(Xe,c)); return CH(key,tag,*ctx,enc(Xe),enc(h))==c
cer=json.loads(rd_('ceremony.json')); n=E['trustees']; t=E['threshold']
dp=[u32(len(cer['announcements']))]; Kp=None; ann={}
for an in cer['announcements']:
    i=an['trustee']; Ei=dec(b64(an['encryptionKey'])); assert schnorr(HB,'unionhall/v1/encryption-key-proof',[u32(i)],Ei,b64(an['encryptionKeyProof'])),'V3'
    Cs=[dec(b64(x)) for x in an['commitments']]; assert len(Cs)==t
    dp+=[u32(i),enc(Ei),b64(an['encryptionKeyProof']),u32(len(Cs))]
    for k,(Ck,pk) in enumerate(zip(Cs,an['coefficientProofs'])):
        assert schnorr(HB,'unionhall/v1/coefficient-proof',[u32(i),u32(k)],Ck,b64(pk)),'V3'
        dp+=[enc(Ck),b64(pk)]
    ann[i]=Cs; Kp=add(Kp,Cs[0])
dp.append(u32(len(cer['shares'])))
for s in cer['shares']: dp+=[u32(s['from']),u32(s['to']),b64(s['ephemeral']),b64(s['ciphertext']),b64(s['mac'])]
cd=HK(HB,'unionhall/v1/ceremony',*dp); assert b64(C['ceremonyDigest'])==cd,'V6 ceremony'
K=Kp; assert b64(C['jointKey'])==enc(K)
roll={}; rp=[]
lines=rd_('roll.ndjson').split('\n'); assert lines[-1]==''
for l in lines[:-1]:
    o=json.loads(l); assert canon(o)==l; cr=b64(o['credential']); dec(cr); assert cr not in roll; roll[cr]=o['weight']; rp+=[cr,u64(o['weight'])]
rd=HK(HB,'unionhall/v1/roll',u32(len(roll)),*rp); assert b64(C['rollDigest'])==rd,'V6 roll'
HE=HK(HB,'unionhall/v1/extended',enc(K),cd,rd); assert b64(C['extendedHash'])==HE,'V6 HE'
if V2REC:
    # Version 2 (section 8.5, 10.3, 10.10): code_0 binds the board key and the opening facts.
    B=dec(b64(C['boardKey'])); assert C['eligible']>=len(roll),'V17'
    cl=rd_('closing.json'); assert canon(json.loads(cl))==cl and json.loads(cl)['closed']>=C['opened'],'V17'
    head=HK(HE,'unionhall/v2/board-genesis',enc(B),C['opened'].encode(),u64(C['eligible']),C['eligibleBasis'].encode())
else:
    head=HK(HE,'unionhall/v1/board-genesis')
seen=set(); last={}
blines=rd_('board.ndjson').split('\n'); assert blines[-1]==''
for idx,l in enumerate(blines[:-1],1):
    e=json.loads(l); assert canon(e)==l; bal=e['ballot']
    assert e['seq']==idx, 'V7'
    assert set(e)=={'ballot','code','seq','state'} | ({'opening'} if e['state']=='challenged' else set()), 'V8'
    assert set(bal)=={'contests','credential','signature'}, 'V8'
    cred=b64(bal['credential']); Xc=dec(cred); assert cred in roll,'V9 roll'
    dparts=[cred,u32(len(bal['contests']))]; cts=[]
    for ci,c in enumerate(bal['contests']):
        man=E['contests'][ci]; dparts.append(u32(len(c['selections']))); SA=None;SB=None
        for oi,s in enumerate(c['selections']):
            al,be,pr=dec(b64(s['alpha'])),dec(b64(s['beta'])),b64(s['proof'])
            assert range_check('unionhall/v1/selection-proof',[cred,u32(ci),u32(oi)],al,be,0,man['range'],pr),'V10'
            SA=add(SA,al);SB=add(SB,be); dparts+=[enc(al),enc(be),pr]; cts.append((al,be))
        haslim = not (man['min']==0 and man['max']==len(man['options'])*man['range'])
        assert ('limit' in c)==haslim
        lim=b64(c['limit']) if haslim else b''
        if haslim: assert range_check('unionhall/v1/contest-proof',[cred,u32(ci)],SA,SB,man['min'],man['max'],lim),'V11'
        dparts.append(lim)
    dig=HK(HE,'unionhall/v1/ballot',*dparts)
    assert schnorr(HE,'unionhall/v1/ballot-signature',[dig],Xc,b64(bal['signature'])),'V9 sig'
    code=HK(HE,'unionhall/v1/tracking-code',head,u64(idx),e['state'].encode(),dig); assert b64(e['code'])==code,'V7 code'
    head=code; assert dig not in seen,'V12'; seen.add(dig)
    if e['state']=='challenged':
        k=0
        for ci,row in enumerate(e['opening']):
            man=E['contests'][ci]; tot=0
            for oi,cell in enumerate(row):
                r=int.from_bytes(b64(cell['nonce']),'big'); m=cell['value']; assert 0<r<q and 0<=m<=man['range']; tot+=m
                al,be=cts[k]; k+=1
                assert enc(mul(G,r))==enc(al) and enc(add(mul(K,r),mul(G,m) if m else None))==enc(be),'V13'
            assert man['min']<=tot<=man['max']
    else:
        last[cred]=cts
T=json.loads(rd_('tally.json'))
flat=[c for row in T['contests'] for c in row]
cells=[(None,None)]*len(flat); tw=0
for cred,cts in last.items():
    w=roll[cred]; tw+=w
    cells=[(add(A,mul(al,w)),add(B,mul(be,w))) for (A,B),(al,be) in zip(cells,cts)]
assert T['ballotsCounted']==len(last) and T['totalWeight']==tw,'V14 counts'
for (A,B),c in zip(cells,flat): assert enc(A)==b64(c['alpha']) and enc(B)==b64(c['beta']),'V14'
Dj=json.loads(rd_('decryption.json')); Q=[x['trustee'] for x in Dj['trustees']]; assert len(Q)>=t
shape=[(ci,oi) for ci,row in enumerate(T['contests']) for oi in range(len(row))]
Ms=[None]*len(flat)
for x in Dj['trustees']:
    j=x['trustee']; Pj=None
    for i,Cs in ann.items():
        for k,Ck in enumerate(Cs): Pj=add(Pj,mul(Ck,j**k))
    lam=1
    for l in Q:
        if l!=j: lam=lam*l*pow(l-j,-1,q)%q
    for kidx,(pt,(ci,oi)) in enumerate(zip(x['partials'],shape)):
        A=dec(b64(flat[kidx]['alpha'])); M=dec(b64(pt['share'])); pr=b64(pt['proof'])
        c=int.from_bytes(pr[:16],'big'); v=int.from_bytes(pr[16:],'big')
        a_=add(mul(G,v),mul(Pj,c)); b_=add(mul(A,v),mul(M,c))
        assert CH(HE,'unionhall/v1/decryption-proof',u32(j),u32(ci),u32(oi),enc(Pj),enc(A),enc(M),enc(a_),enc(b_))==c,'V15'
        Ms[kidx]=add(Ms[kidx],mul(M,lam))
R=json.loads(rd_('result.json'))
counts=[v for c in R['contests'] for v in c['counts']]
for kidx,cnt in enumerate(counts):
    B=dec(b64(flat[kidx]['beta'])); gm=add(B,neg(Ms[kidx]))
    assert enc(gm)==enc(mul(G,cnt) if cnt else None),'V16'
print("independent verifier: record", D, "OK;", len(blines)-1, "board lines, counts", [c['counts'] for c in R['contests']])
