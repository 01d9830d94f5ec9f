"""The demo team's implementation plan (seed 000): most agreements made, a few still open.

Fixed texts rather than draws, dated from the demo's today, so the plan tab
reads like a team two years into IPS and the team lead's home screen has
something to show: two deadlines passed and not done, a few coming. The
responsible people are invented names with their roles, as a plan names them.
Written last, so the ids it draws leave every other table as the plan drew it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ips_desktop.domain.enums import Role
from ips_desktop.services.demo.plan import Plan, Row

# item, answer, responsible, deadline (days from today), done (days from today or None)
_ITEMS: tuple[tuple[str, str, str, int, int | None], ...] = (
    ("target_group",
     "Borgere i jobcentrets målgrupper for kontanthjælp, ressourceforløb og sygedagpenge "
     "med tilknytning til distriktspsykiatrien, OPUS og de psykiatriske ambulatorier.",
     "Jobcenterchef Hanne Lund og ledende overlæge Peter Bach", -700, -690),
    ("target_numbers", "Løbende 25 deltagere pr. fuldtids IPS-konsulent; teamet i alt ca. 450.",
     "Teamleder", -690, -680),
    ("referral",
     "Behandleren henviser på henvisningsskemaet efter samtykke; jobcentret visiterer "
     "inden for en uge. Ingen screening for parathed.",
     "Teamleder og afsnitsledere i psykiatrien", -680, -650),
    ("success_criteria",
     "60 % i job eller uddannelse på ordinære vilkår inden for 18 måneder "
     "(Inklusion: 59,5 %).",
     "Jobcenterchef Hanne Lund", -650, -640),
    ("consultant_count", "Ansatte efter opslag; mindst 2 i hver kommune, enkelte på deltid.",
     "Jobcenterchef Hanne Lund", -640, -600),
    ("consultant_tasks",
     "IPS-konsulenterne har hele forløbet: myndighed, mentor og virksomhedskontakt.",
     "Teamleder", -600, -590),
    ("coordinator", "Teamlederen er IPS-koordinator og holder ugentlig supervision.",
     "Jobcenterchef Hanne Lund", -600, -595),
    ("presence_in_psychiatry",
     "Fast ugentlig mødedag i psykiatrien; kontorplads og træffetid om onsdagen.",
     "Teamleder og afsnitsleder Birgit Holm", -560, -540),
    ("clinician_cooperation",
     "Fælles opstartsmøde med deltager, konsulent og behandler ved hver ny deltager.",
     "Afsnitsleder Birgit Holm", -540, -500),
    ("leader_cooperation",
     "Ledernetværk med kommune og psykiatri to gange om året (maj og november).",
     "Jobcenterchef Hanne Lund", 20, None),
    ("training", "Basisuddannelse for nye konsulenter og nøglepersoner; næste hold i foråret.",
     "Teamleder", 75, None),
    ("information_psychiatry",
     "Oplæg på personalemøder i alle afsnit; mangler endnu i to ambulatorier.",
     "IPS-nøgleperson Karen Dahl", -21, None),
    ("sharing_successes", "Nyhedsbrev hvert kvartal med historier fra deltagere og virksomheder.",
     "Teamleder", -9, None),
    ("plan_follow_up", "Planen gennemgås på ledernetværkets møder.",
     "Jobcenterchef Hanne Lund", 40, None),
)

PARTIES = {"target_group": "faelles", "target_numbers": "faelles", "referral": "faelles",
           "success_criteria": "kommune", "consultant_count": "kommune",
           "consultant_tasks": "kommune", "coordinator": "kommune",
           "presence_in_psychiatry": "faelles", "clinician_cooperation": "faelles",
           "leader_cooperation": "faelles", "training": "faelles",
           "information_psychiatry": "psykiatrien", "sharing_successes": "faelles",
           "plan_follow_up": "faelles"}


def plan_rows(plan: Plan) -> Iterator[Row]:
    lead = next((c for c in plan.consultants if c.role is Role.TEAM_LEAD), plan.owner)
    for item, answer, responsible, deadline, done in _ITEMS:
        yield plan.record() | {
            "item": item, "answer": answer, "party": PARTIES[item],
            "responsible": responsible, "deadline": _day(plan.today, deadline),
            "done_on": _day(plan.today, done) if done is not None else None,
            "updated_by": lead.id}


def _day(today: date, offset: int) -> date:
    return today + timedelta(days=offset)
