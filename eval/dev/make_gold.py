import json, subprocess, sys, re
E = {
"2025-03-04-qatar-ceasefire-deal.txt": [
 ("signed a ceasefire agreement", "AGREE","ceasefire",["Sudan"],["Rapid Support Forces"],"reported","Qatar"),
 ("signed a ceasefire agreement", "CONSULT","multilateral",["Qatar"],["Sudan","Rapid Support Forces"],"reported","Qatar"),
 ("hosted delegations", "CONSULT","meet",["Mohammed bin Abdulrahman Al Thani"],["Sudan","Rapid Support Forces"],"asserted",None),
 ("chief negotiator met", "CONSULT","meet",["Sudan"],["Rapid Support Forces"],"asserted",None),
 ("will withdraw its fighters", "RETREAT","military",["Rapid Support Forces"],["El Fasher"],"planned","Reuters"),
 ("agreed to release", "RETREAT","release",["Sudan"],[],"asserted",None),
 ("welcomed the agreement", "SUPPORT","diplomatic",["United Nations"],["Sudan","Rapid Support Forces"],"asserted",None),
 ("welcomed the agreement", "REQUEST","policy",["United Nations"],["Sudan","Rapid Support Forces"],"asserted",None),
 ("praised Qatar", "SUPPORT","praise",["Egypt","Saudi Arabia"],["Qatar"],"asserted",None),
 ("backed the accord", "SUPPORT","diplomatic",["African Union"],["Sudan","Rapid Support Forces"],"asserted",None),
 ("humanitarian aid to Sudan", "AID","humanitarian",["United States"],["Sudan"],"asserted",None),
 ("accused the army", "ACCUSE","accusation",["Rapid Support Forces"],["Sudan"],"asserted",None),
 ("accused the army", "ASSAULT","artillery",["Sudan"],[],"reported","Rapid Support Forces"),
 ("denied the allegation", "REJECT","deny",["Sudan"],["Rapid Support Forces"],"denied",None),
],
"2025-07-09-nato-air-defence-pledges.txt": [
 ("pledged to send", "AID","military",["NATO"],["Ukraine"],"reported","Mark Rutte"),
 ("will deliver two more Patriot", "AID","military",["Germany"],["Ukraine"],"planned","Friedrich Merz"),
 ("promised to supply", "AID","military",["Netherlands"],["Ukraine"],"planned",None),
 ("held talks with Rutte", "CONSULT","meet",["Volodymyr Zelensky"],["Mark Rutte"],"asserted",None),
 ("also met Polish", "CONSULT","meet",["Volodymyr Zelensky"],["Andrzej Duda"],"asserted",None),
 ("also met Polish", "SUPPORT","praise",["Volodymyr Zelensky"],["Poland"],"asserted",None),
 ("Russia condemned the pledges", "ACCUSE", "disapprove",["Russia"],["NATO"],"reported","Dmitry Peskov"),
 ("Moscow warned NATO", "THREATEN","diplomatic",["Russia"],["NATO"],"asserted",None),
 ("launched a barrage", "ASSAULT","drone",["Russia"],["Ukraine"],"reported","Ukraine"),
 ("shot down most", "ASSAULT","missile",["Ukraine"],["Russia"],"asserted",None),
 ("Hungary rejected", "REJECT","proposal",["Hungary"],["NATO"],"asserted",None),
 ("calling on Russia", "REQUEST","policy",["NATO"],["Russia"],"asserted",None),
],
"2025-05-18-capital-protests-crackdown.txt": [
 ("used water cannon", "COERCE","arrest",["Georgia"],[],"reported",None),
 ("rallied outside parliament", "PROTEST","demonstration",[],["Georgia"],"reported",None),
 ("Police detained", "COERCE","arrest",["Georgia"],[],"reported","Georgia"),
 ("protesters demanded", "REQUEST","policy",[],["Georgia"],"asserted",None),
 ("condemned the crackdown", "ACCUSE", "disapprove",["European Union"],["Georgia"],"asserted",None),
 ("condemned the crackdown", "REQUEST","policy",["European Union"],["Georgia"],"asserted",None),
 ("would consider sanctions", "THREATEN","sanctions",["Kaja Kallas"],["Georgia"],"planned",None),
 ("rejected the criticism", "REJECT","deny",["Georgia"],["European Union"],"denied",None),
 ("rejected the criticism", "ACCUSE","accusation",["Georgia"],["European Union"],"asserted",None),
 ("also criticized the government", "ACCUSE","criticism",["United States"],["Georgia"],"asserted",None),
 ("also criticized the government", "SANCTION","agreement",["United States"],["Georgia"],"asserted",None),
 ("backed the Georgian authorities", "SUPPORT","diplomatic",["Russia"],["Georgia"],"asserted",None),
 ("Lithuania summoned", "ACCUSE", "disapprove",["Lithuania"],["Georgia"],"asserted",None),
],
"2025-04-10-tariff-dispute.txt": [
 ("China imposed tariffs", "SANCTION","economic",["China"],["United States"],"reported","China"),
 ("China imposed tariffs", "SANCTION","economic",["United States"],["China"],"reported","China"),
 ("added eleven American", "SANCTION","economic",["China"],["United States"],"asserted",None),
 ("accused China", "ACCUSE","accusation",["United States"],["China"],"asserted",None),
 ("accused China", "THREATEN","sanctions",["United States"],["China"],"asserted",None),
 ("would impose additional tariffs", "THREATEN","sanctions",["United States"],["China"],"planned","Donald Trump"),
 ("urged both countries", "REQUEST","policy",["European Union"],["United States","China"],"asserted",None),
 ("spoke by phone", "CONSULT","phone",["Wang Wentao"],["Howard Lutnick"],"asserted",None),
 ("filed a complaint", "ACCUSE","accusation",["China"],["United States"],"asserted",None),
 ("agreed to coordinate", "COOPERATE","economic",["Japan"],["South Korea"],"asserted",None),
 ("lifted some", "CONCEDE","ease_sanctions",["Canada"],["United States"],"asserted",None),
 ("lifted some", "CONSULT","negotiate",["Canada"],["United States"],"asserted",None),
],
}
for page, evs in E.items():
    out = json.loads(subprocess.run([".venv/bin/newsgraph","extract",f"eval/dev/pages/{page}","--json"],capture_output=True,text=True,check=True).stdout)
    art = out["articles"][0]; text = art["text"]
    events=[]
    for key,typ,mode,acts,tgts,mod,src in evs:
        i = text.find(key); assert i>=0,(page,key)
        s = max(text.rfind("\n",0,i), text.rfind(". ",0,i)+1) + 1 if True else 0
        s = max(text.rfind("\n",0,i)+1, text.rfind(". ",0,i)+2 if text.rfind(". ",0,i)>=0 else 0)
        e = text.find(".", i); e = len(text) if e<0 else e+1
        while text[s]==" ": s+=1
        events.append(dict(type=typ,mode=mode,actors=acts,targets=tgts,location=None,date=None,date_precision=None,date_text=None,modality=mod,source=src,evidence=text[s:e],span=[s,e]))
    art["events"]=events
    json.dump(out, open(f"eval/dev/gold/{page}.json","w"), indent=1)
    print(page, len(events))
