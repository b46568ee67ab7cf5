-- A small, believable clinic to try Alliance with: six clinicians and twelve clients, each with a
-- care team that mixes disciplines. The user names match the demo users of the Keycloak realm
-- (deploy/src/main/keycloak/alliance-realm.json). Only loaded when ALLIANCE_DEMO_LOCATION points
-- here; every statement adds only what is missing, so restarts keep what people changed.

insert into staff_member (username, given_name, family_name, discipline, credentials)
select v.username, v.given_name, v.family_name, v.discipline, v.credentials
from (values
    ('priya.patel', 'Priya', 'Patel', 'PSYCHIATRY', 'MD'),
    ('tom.okafor', 'Tom', 'Okafor', 'PRIMARY_CARE', 'MD'),
    ('nina.brooks', 'Nina', 'Brooks', 'PRIMARY_CARE', 'NP'),
    ('sam.rivera', 'Sam', 'Rivera', 'PSYCHOTHERAPY', 'LCSW'),
    ('lee.chen', 'Lee', 'Chen', 'PSYCHOTHERAPY', 'PsyD'),
    ('maria.gomez', 'Maria', 'Gomez', 'CARE_MANAGEMENT', 'RN')
) as v (username, given_name, family_name, discipline, credentials)
where not exists (select 1 from staff_member s where s.username = v.username);

insert into client (username, given_name, family_name, preferred_name, pronouns, preferred_language, date_of_birth)
select v.username, v.given_name, v.family_name, v.preferred_name, v.pronouns, v.preferred_language,
       cast(v.date_of_birth as date)
from (values
    ('alex.morgan', 'Alexandra', 'Morgan', 'Alex', 'they/them', 'en', '1991-04-02'),
    ('jordan.lee', 'Jordan', 'Lee', null, 'he/him', 'en', '1985-09-17'),
    (null, 'Casey', 'Nguyen', null, 'she/her', 'en', '1978-02-11'),
    (null, 'Riley', 'Santos', null, 'she/her', 'en', '2001-07-23'),
    (null, 'Morgan', 'Blake', null, 'he/him', 'en', '1969-12-05'),
    (null, 'Taylor', 'Reed', null, 'they/them', 'en', '1994-03-30'),
    (null, 'Jaime', 'Ortiz', 'Jamie', 'he/him', 'es', '1988-06-14'),
    (null, 'Avery', 'Kim', null, 'she/her', 'en', '1975-10-02'),
    (null, 'Quinn', 'Foster', null, 'he/him', 'en', '1999-01-19'),
    (null, 'Drew', 'Hassan', null, 'he/him', 'en', '1983-08-08'),
    (null, 'Robin', 'Walsh', null, 'she/her', 'en', '1960-05-27'),
    (null, 'Skyler', 'Dunn', null, 'they/them', 'en', '2003-11-11')
) as v (username, given_name, family_name, preferred_name, pronouns, preferred_language, date_of_birth)
where not exists (select 1 from client c where c.given_name = v.given_name and c.family_name = v.family_name);

insert into care_team (client_id)
select c.id from client c
where not exists (select 1 from care_team t where t.client_id = c.id);

-- Who is on which team since when. Lee Chen was Alex Morgan's therapist until the end of June and
-- so no longer sees Alex: membership, not past involvement, opens a client's record.
insert into care_team_member (care_team_id, staff_member_id, discipline, team_role, starts_on, ends_on)
select t.id, s.id, s.discipline, v.team_role, cast(v.starts_on as date), cast(v.ends_on as date)
from (values
    ('Morgan', 'maria.gomez', 'LEAD', '2025-09-01', null),
    ('Morgan', 'priya.patel', 'MEMBER', '2025-09-15', null),
    ('Morgan', 'tom.okafor', 'MEMBER', '2025-09-01', null),
    ('Morgan', 'lee.chen', 'MEMBER', '2025-10-01', '2026-06-30'),
    ('Morgan', 'sam.rivera', 'MEMBER', '2026-07-01', null),
    ('Lee', 'maria.gomez', 'LEAD', '2025-11-03', null),
    ('Lee', 'priya.patel', 'MEMBER', '2025-11-10', null),
    ('Lee', 'tom.okafor', 'MEMBER', '2025-11-03', null),
    ('Lee', 'sam.rivera', 'MEMBER', '2025-11-17', null),
    ('Nguyen', 'maria.gomez', 'LEAD', '2026-01-12', null),
    ('Nguyen', 'priya.patel', 'MEMBER', '2026-01-19', null),
    ('Nguyen', 'tom.okafor', 'MEMBER', '2026-01-12', null),
    ('Nguyen', 'sam.rivera', 'MEMBER', '2026-01-26', null),
    ('Santos', 'maria.gomez', 'LEAD', '2026-02-02', null),
    ('Santos', 'priya.patel', 'MEMBER', '2026-02-09', null),
    ('Santos', 'nina.brooks', 'MEMBER', '2026-02-02', null),
    ('Santos', 'sam.rivera', 'MEMBER', '2026-02-16', null),
    ('Blake', 'maria.gomez', 'LEAD', '2026-03-02', null),
    ('Blake', 'priya.patel', 'MEMBER', '2026-03-09', null),
    ('Blake', 'nina.brooks', 'MEMBER', '2026-03-02', null),
    ('Blake', 'sam.rivera', 'MEMBER', '2026-03-16', null),
    ('Reed', 'maria.gomez', 'LEAD', '2026-04-06', null),
    ('Reed', 'priya.patel', 'MEMBER', '2026-04-13', null),
    ('Reed', 'nina.brooks', 'MEMBER', '2026-04-06', null),
    ('Reed', 'sam.rivera', 'MEMBER', '2026-04-20', null),
    ('Ortiz', 'maria.gomez', 'LEAD', '2026-04-13', null),
    ('Ortiz', 'priya.patel', 'MEMBER', '2026-04-20', null),
    ('Ortiz', 'tom.okafor', 'MEMBER', '2026-04-13', null),
    ('Ortiz', 'lee.chen', 'MEMBER', '2026-04-27', null),
    ('Kim', 'maria.gomez', 'LEAD', '2026-05-04', null),
    ('Kim', 'priya.patel', 'MEMBER', '2026-05-11', null),
    ('Kim', 'tom.okafor', 'MEMBER', '2026-05-04', null),
    ('Kim', 'lee.chen', 'MEMBER', '2026-05-18', null),
    ('Foster', 'maria.gomez', 'LEAD', '2026-06-01', null),
    ('Foster', 'priya.patel', 'MEMBER', '2026-06-08', null),
    ('Foster', 'nina.brooks', 'MEMBER', '2026-06-01', null),
    ('Foster', 'lee.chen', 'MEMBER', '2026-06-15', null),
    ('Hassan', 'maria.gomez', 'LEAD', '2026-07-06', null),
    ('Hassan', 'priya.patel', 'MEMBER', '2026-07-13', null),
    ('Hassan', 'nina.brooks', 'MEMBER', '2026-07-06', null),
    ('Hassan', 'lee.chen', 'MEMBER', '2026-07-20', null),
    ('Walsh', 'maria.gomez', 'LEAD', '2026-08-03', null),
    ('Walsh', 'tom.okafor', 'MEMBER', '2026-08-03', null),
    ('Dunn', 'maria.gomez', 'LEAD', '2026-09-07', null),
    ('Dunn', 'nina.brooks', 'MEMBER', '2026-09-07', null)
) as v (family_name, username, team_role, starts_on, ends_on)
join client c on c.family_name = v.family_name
join care_team t on t.client_id = c.id
join staff_member s on s.username = v.username
where not exists (
    select 1 from care_team_member m
    where m.care_team_id = t.id and m.staff_member_id = s.id and m.starts_on = cast(v.starts_on as date));
