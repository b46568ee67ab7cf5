-- A small, believable clinic to try Alliance with: six clinicians and twelve clients, each with a
-- care team that mixes disciplines, and an on-call psychiatrist on no team. The account ids (and user names) match the demo users of the
-- Keycloak realm (deploy/src/main/keycloak/alliance-realm.json). Only loaded when
-- ALLIANCE_DEMO_LOCATION points here; every statement adds only what is missing, so restarts keep
-- what people changed.

insert into staff_member (account_id, username, given_name, family_name, discipline, credentials)
select v.account_id, v.username, v.given_name, v.family_name, v.discipline, v.credentials
from (values
    ('a11ce000-0000-4000-8000-000000000001', 'priya.patel', 'Priya', 'Patel', 'PSYCHIATRY', 'MD'),
    ('a11ce000-0000-4000-8000-000000000002', 'tom.okafor', 'Tom', 'Okafor', 'PRIMARY_CARE', 'MD'),
    ('a11ce000-0000-4000-8000-000000000003', 'nina.brooks', 'Nina', 'Brooks', 'PRIMARY_CARE', 'NP'),
    ('a11ce000-0000-4000-8000-000000000004', 'sam.rivera', 'Sam', 'Rivera', 'PSYCHOTHERAPY', 'LCSW'),
    ('a11ce000-0000-4000-8000-000000000005', 'lee.chen', 'Lee', 'Chen', 'PSYCHOTHERAPY', 'PsyD'),
    ('a11ce000-0000-4000-8000-000000000006', 'maria.gomez', 'Maria', 'Gomez', 'CARE_MANAGEMENT', 'RN'),
    -- The on-call psychiatrist, on no care team: they reach a client's plan only through emergency access.
    ('a11ce000-0000-4000-8000-000000000010', 'omar.haddad', 'Omar', 'Haddad', 'PSYCHIATRY', 'MD')
) as v (account_id, username, given_name, family_name, discipline, credentials)
where not exists (select 1 from staff_member s where s.account_id = v.account_id or s.username = v.username);

-- Demo data from before people were linked by account id gets the realm's fixed ids.
update staff_member set account_id = case username
    when 'priya.patel' then 'a11ce000-0000-4000-8000-000000000001'
    when 'tom.okafor' then 'a11ce000-0000-4000-8000-000000000002'
    when 'nina.brooks' then 'a11ce000-0000-4000-8000-000000000003'
    when 'sam.rivera' then 'a11ce000-0000-4000-8000-000000000004'
    when 'lee.chen' then 'a11ce000-0000-4000-8000-000000000005'
    when 'maria.gomez' then 'a11ce000-0000-4000-8000-000000000006'
end
where account_id is null
  and username in ('priya.patel', 'tom.okafor', 'nina.brooks', 'sam.rivera', 'lee.chen', 'maria.gomez');

insert into client (account_id, username, given_name, family_name, preferred_name, pronouns, preferred_language, date_of_birth)
select v.account_id, v.username, v.given_name, v.family_name, v.preferred_name, v.pronouns, v.preferred_language,
       cast(v.date_of_birth as date)
from (values
    ('a11ce000-0000-4000-8000-000000000007', 'alex.morgan', 'Alexandra', 'Morgan', 'Alex', 'they/them', 'en', '1991-04-02'),
    ('a11ce000-0000-4000-8000-000000000008', 'jordan.lee', 'Jordan', 'Lee', null, 'he/him', 'en', '1985-09-17'),
    (null, null, 'Casey', 'Nguyen', null, 'she/her', 'en', '1978-02-11'),
    (null, null, 'Riley', 'Santos', null, 'she/her', 'en', '2001-07-23'),
    (null, null, 'Morgan', 'Blake', null, 'he/him', 'en', '1969-12-05'),
    (null, null, 'Taylor', 'Reed', null, 'they/them', 'en', '1994-03-30'),
    (null, null, 'Jaime', 'Ortiz', 'Jamie', 'he/him', 'es', '1988-06-14'),
    (null, null, 'Avery', 'Kim', null, 'she/her', 'en', '1975-10-02'),
    (null, null, 'Quinn', 'Foster', null, 'he/him', 'en', '1999-01-19'),
    (null, null, 'Drew', 'Hassan', null, 'he/him', 'en', '1983-08-08'),
    (null, null, 'Robin', 'Walsh', null, 'she/her', 'en', '1960-05-27'),
    (null, null, 'Skyler', 'Dunn', null, 'they/them', 'en', '2003-11-11')
) as v (account_id, username, given_name, family_name, preferred_name, pronouns, preferred_language, date_of_birth)
where not exists (select 1 from client c where c.given_name = v.given_name and c.family_name = v.family_name);

-- The clinic's record numbers, also given to demo clients kept from before Alliance had them.
update client set record_number = (
    select v.record_number
    from (values
        ('Morgan', 'MRN-1001'), ('Lee', 'MRN-1002'), ('Nguyen', 'MRN-1003'), ('Santos', 'MRN-1004'),
        ('Blake', 'MRN-1005'), ('Reed', 'MRN-1006'), ('Ortiz', 'MRN-1007'), ('Kim', 'MRN-1008'),
        ('Foster', 'MRN-1009'), ('Hassan', 'MRN-1010'), ('Walsh', 'MRN-1011'), ('Dunn', 'MRN-1012')
    ) as v (family_name, record_number)
    where v.family_name = client.family_name)
where record_number is null
  and family_name in ('Morgan', 'Lee', 'Nguyen', 'Santos', 'Blake', 'Reed', 'Ortiz', 'Kim', 'Foster', 'Hassan',
                      'Walsh', 'Dunn');
update client set account_id = case username
    when 'alex.morgan' then 'a11ce000-0000-4000-8000-000000000007'
    when 'jordan.lee' then 'a11ce000-0000-4000-8000-000000000008'
end
where account_id is null and username in ('alex.morgan', 'jordan.lee');

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

update care_team_member set release_reason = 'Alex asked to continue with Sam Rivera on Thursdays'
where ends_on = cast('2026-06-30' as date) and release_reason is null
  and staff_member_id = (select s.id from staff_member s where s.username = 'lee.chen');

-- Goals in every state, so that each can be seen in the local run: agreed (with a step, check-ins
-- and notes), proposed and waiting, revised and waiting again, a change asked for, achieved,
-- paused and discontinued. Each goal is found again by its client and its first words.
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'AGREED', null, 4, 'sam.rivera', current_timestamp - interval '40' day
from client c where c.family_name = 'Morgan'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Get out of the house and walk three days a week');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Get out of the house and walk three days a week', 'Behavioural activation for low mood', 'MENTAL_HEALTH', 'days walked per week', 3, 'AT_LEAST', date '2027-02-28', 'sam.rivera', 'PSYCHOTHERAPY', current_timestamp - interval '40' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Morgan' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PSYCHOTHERAPY' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PSYCHOTHERAPY');
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PSYCHIATRY' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PSYCHIATRY');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), 1, 'PSYCHOTHERAPY', 'sam.rivera', 'AGREE', null, current_timestamp - interval '40' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan') and x.revision_number = 1 and x.party = 'PSYCHOTHERAPY' and x.respondent = 'sam.rivera');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), 1, 'CLIENT', 'alex.morgan', 'AGREE', 'Yes, lets try', current_timestamp - interval '40' day + interval '1' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan') and x.revision_number = 1 and x.party = 'CLIENT' and x.respondent = 'alex.morgan');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), 1, 'PSYCHIATRY', 'priya.patel', 'AGREE', null, current_timestamp - interval '40' day + interval '2' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan') and x.revision_number = 1 and x.party = 'PSYCHIATRY' and x.respondent = 'priya.patel');
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'PROPOSED', null, 2, 'priya.patel', current_timestamp - interval '3' day
from client c where c.family_name = 'Morgan'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Sleep before midnight on weeknights');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Sleep before midnight on weeknights', 'Sleep-onset insomnia; sleep diary first', 'MENTAL_HEALTH', null, null, null, null, 'priya.patel', 'PSYCHIATRY', current_timestamp - interval '3' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Morgan' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PSYCHOTHERAPY' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Sleep before midnight on weeknights' and c1.family_name = 'Morgan') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PSYCHOTHERAPY');
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PSYCHIATRY' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Sleep before midnight on weeknights' and c1.family_name = 'Morgan') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PSYCHIATRY');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Sleep before midnight on weeknights' and c1.family_name = 'Morgan'), 1, 'PSYCHIATRY', 'priya.patel', 'AGREE', null, current_timestamp - interval '3' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Sleep before midnight on weeknights' and c1.family_name = 'Morgan') and x.revision_number = 1 and x.party = 'PSYCHIATRY' and x.respondent = 'priya.patel');
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'REVISED', null, 5, 'priya.patel', current_timestamp - interval '20' day
from client c where c.family_name = 'Morgan'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Take my tablets every evening');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Take my tablets every evening', 'Sertraline 50 mg daily', 'MEDICATION', null, null, null, null, 'priya.patel', 'PSYCHIATRY', current_timestamp - interval '20' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Morgan' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, author, author_party, authored_at, reason)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan'), 2, 'Take my evening tablets with dinner', 'Sertraline 50 mg daily', 'MEDICATION', 'priya.patel', 'PSYCHIATRY', current_timestamp - interval '2' day, 'Alex forgets late in the evening; dinner is a steady anchor'
where not exists (select 1 from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan') and r.number = 2);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PSYCHIATRY' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PSYCHIATRY');
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PSYCHIATRY' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan') and r.number = 2
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PSYCHIATRY');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan'), 1, 'PSYCHIATRY', 'priya.patel', 'AGREE', null, current_timestamp - interval '20' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan') and x.revision_number = 1 and x.party = 'PSYCHIATRY' and x.respondent = 'priya.patel');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan'), 1, 'CLIENT', 'alex.morgan', 'AGREE', null, current_timestamp - interval '20' day + interval '1' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan') and x.revision_number = 1 and x.party = 'CLIENT' and x.respondent = 'alex.morgan');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan'), 2, 'PSYCHIATRY', 'priya.patel', 'AGREE', null, current_timestamp - interval '20' day + interval '2' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Take my tablets every evening' and c1.family_name = 'Morgan') and x.revision_number = 2 and x.party = 'PSYCHIATRY' and x.respondent = 'priya.patel');
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'ACHIEVED', null, 3, 'jordan.lee', current_timestamp - interval '90' day
from client c where c.family_name = 'Lee'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Call my sister every Sunday');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Call my sister every Sunday', null, 'SOCIAL', null, null, null, null, 'jordan.lee', 'CLIENT', current_timestamp - interval '90' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Lee' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'CARE_MANAGEMENT' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Call my sister every Sunday' and c1.family_name = 'Lee') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'CARE_MANAGEMENT');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Call my sister every Sunday' and c1.family_name = 'Lee'), 1, 'CLIENT', 'jordan.lee', 'AGREE', null, current_timestamp - interval '90' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Call my sister every Sunday' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'CLIENT' and x.respondent = 'jordan.lee');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Call my sister every Sunday' and c1.family_name = 'Lee'), 1, 'CARE_MANAGEMENT', 'maria.gomez', 'AGREE', 'Lovely idea', current_timestamp - interval '90' day + interval '1' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Call my sister every Sunday' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'CARE_MANAGEMENT' and x.respondent = 'maria.gomez');
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'PAUSED', 'Waiting for the knee to heal', 3, 'tom.okafor', current_timestamp - interval '60' day
from client c where c.family_name = 'Lee'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Start swimming again');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Start swimming again', null, 'PHYSICAL_HEALTH', null, null, null, null, 'tom.okafor', 'PRIMARY_CARE', current_timestamp - interval '60' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Lee' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PRIMARY_CARE' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Start swimming again' and c1.family_name = 'Lee') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PRIMARY_CARE');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Start swimming again' and c1.family_name = 'Lee'), 1, 'PRIMARY_CARE', 'tom.okafor', 'AGREE', null, current_timestamp - interval '60' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Start swimming again' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'PRIMARY_CARE' and x.respondent = 'tom.okafor');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Start swimming again' and c1.family_name = 'Lee'), 1, 'CLIENT', 'jordan.lee', 'AGREE', null, current_timestamp - interval '60' day + interval '1' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Start swimming again' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'CLIENT' and x.respondent = 'jordan.lee');
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'DISCONTINUED', 'Jordan wants to focus on his health first', 3, 'maria.gomez', current_timestamp - interval '50' day
from client c where c.family_name = 'Lee'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Find a part-time job');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Find a part-time job', null, 'WORK_AND_LEARNING', null, null, null, null, 'maria.gomez', 'CARE_MANAGEMENT', current_timestamp - interval '50' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Lee' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'CARE_MANAGEMENT' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Find a part-time job' and c1.family_name = 'Lee') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'CARE_MANAGEMENT');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Find a part-time job' and c1.family_name = 'Lee'), 1, 'CARE_MANAGEMENT', 'maria.gomez', 'AGREE', null, current_timestamp - interval '50' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Find a part-time job' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'CARE_MANAGEMENT' and x.respondent = 'maria.gomez');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Find a part-time job' and c1.family_name = 'Lee'), 1, 'CLIENT', 'jordan.lee', 'DECLINE', 'Not now, maybe in spring', current_timestamp - interval '50' day + interval '1' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Find a part-time job' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'CLIENT' and x.respondent = 'jordan.lee');
insert into goal (client_id, status, status_reason, change_count, last_changed_by, last_changed_at)
select c.id, 'PROPOSED', null, 3, 'tom.okafor', current_timestamp - interval '5' day
from client c where c.family_name = 'Lee'
  and not exists (select 1 from goal_revision r join goal g on g.id = r.goal_id
                  where g.client_id = c.id and r.number = 1 and r.client_words = 'Keep to two drinks on a night out');
insert into goal_revision (goal_id, number, client_words, clinical_framing, life_area, target_measure, target_value,
    target_direction, target_date, author, author_party, authored_at, reason)
select g.id, 1, 'Keep to two drinks on a night out', 'Alcohol use; harm reduction', 'PHYSICAL_HEALTH', null, null, null, null, 'tom.okafor', 'PRIMARY_CARE', current_timestamp - interval '5' day, null
from goal g join client c on c.id = g.client_id
where c.family_name = 'Lee' and not exists (select 1 from goal_revision r where r.goal_id = g.id);
insert into goal_revision_owner (goal_revision_id, discipline)
select r.id, 'PRIMARY_CARE' from goal_revision r where r.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Keep to two drinks on a night out' and c1.family_name = 'Lee') and r.number = 1
  and not exists (select 1 from goal_revision_owner o where o.goal_revision_id = r.id and o.discipline = 'PRIMARY_CARE');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Keep to two drinks on a night out' and c1.family_name = 'Lee'), 1, 'PRIMARY_CARE', 'tom.okafor', 'AGREE', null, current_timestamp - interval '5' day + interval '0' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Keep to two drinks on a night out' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'PRIMARY_CARE' and x.respondent = 'tom.okafor');
insert into goal_response (goal_id, revision_number, party, respondent, response, comment, responded_at)
select (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Keep to two drinks on a night out' and c1.family_name = 'Lee'), 1, 'CLIENT', 'jordan.lee', 'ASK_FOR_CHANGE', 'Three would be more realistic', current_timestamp - interval '5' day + interval '1' hour
where not exists (select 1 from goal_response x where x.goal_id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Keep to two drinks on a night out' and c1.family_name = 'Lee') and x.revision_number = 1 and x.party = 'CLIENT' and x.respondent = 'jordan.lee');

-- Alex's walking goal: a step Alex took on, check-ins over the weeks, and the plan around it.
insert into goal_task (version, goal_id, client_id, description, assignee_party, due_on, frequency, status, client_agreed_at, created_by, created_at)
select 0, (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), g.client_id, 'Walk around the block after lunch', 'CLIENT', null, 'SEVERAL_TIMES_A_WEEK', 'OPEN',
       current_timestamp - interval '38' day, 'sam.rivera', current_timestamp - interval '39' day
from goal g where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from goal_task t where t.goal_id = g.id and t.description = 'Walk around the block after lunch');

insert into goal_task (version, goal_id, client_id, description, assignee_party, due_on, frequency, status, created_by, created_at)
select 0, (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), g.client_id, 'Find a walking group near Alex', 'CARE_MANAGEMENT', current_date + interval '7' day, null, 'OPEN', 'maria.gomez', current_timestamp - interval '10' day
from goal g where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from goal_task t where t.goal_id = g.id and t.description = 'Find a walking group near Alex');
insert into progress_check_in (version, goal_id, client_id, rating, measured_value, note, reached_target, by_username, by_party, checked_in_at)
select 0, (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), g.client_id, 3, 1, 'Hard to get going', false, 'alex.morgan', 'CLIENT', current_timestamp - interval '30' day
from goal g where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from progress_check_in p where p.goal_id = g.id and p.rating = 3 and p.by_username = 'alex.morgan');
insert into progress_check_in (version, goal_id, client_id, rating, measured_value, note, reached_target, by_username, by_party, checked_in_at)
select 0, (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), g.client_id, 5, 2, 'Two walks this week', false, 'alex.morgan', 'CLIENT', current_timestamp - interval '20' day
from goal g where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from progress_check_in p where p.goal_id = g.id and p.rating = 5 and p.by_username = 'alex.morgan');
insert into progress_check_in (version, goal_id, client_id, rating, measured_value, note, reached_target, by_username, by_party, checked_in_at)
select 0, (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), g.client_id, 6, 2, null, false, 'sam.rivera', 'PSYCHOTHERAPY', current_timestamp - interval '10' day
from goal g where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from progress_check_in p where p.goal_id = g.id and p.rating = 6 and p.by_username = 'sam.rivera');
insert into progress_check_in (version, goal_id, client_id, rating, measured_value, note, reached_target, by_username, by_party, checked_in_at)
select 0, (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan'), g.client_id, 8, 3, 'Three walks! Felt good', true, 'alex.morgan', 'CLIENT', current_timestamp - interval '2' day
from goal g where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from progress_check_in p where p.goal_id = g.id and p.rating = 8 and p.by_username = 'alex.morgan');
insert into care_plan (version, client_id, next_review_on)
select 0, c.id, current_date + interval '14' day from client c
where c.family_name = 'Morgan' and not exists (select 1 from care_plan p where p.client_id = c.id);

insert into care_plan_concern (care_plan_id, position, client_words, clinical_summary)
select p.id, v.position, v.words, v.summary
from care_plan p join client c on c.id = p.client_id,
     (values (0, 'I don''t feel like doing anything anymore', 'Moderate depressive episode, PHQ-9 16 at intake'),
             (1, 'I lie awake until two or three', 'Sleep-onset insomnia')) as v (position, words, summary)
where c.family_name = 'Morgan'
  and not exists (select 1 from care_plan_concern x where x.care_plan_id = p.id and x.position = v.position);

insert into care_plan_strength (care_plan_id, position, description)
select p.id, v.position, v.description
from care_plan p join client c on c.id = p.client_id,
     (values (0, 'Loves their dog, who needs walks'), (1, 'A close friend who checks in every week')) as v (position, description)
where c.family_name = 'Morgan'
  and not exists (select 1 from care_plan_strength x where x.care_plan_id = p.id and x.position = v.position);

insert into team_note (version, client_id, goal_id, author, author_party, visibility, body, written_at)
select 0, c.id, null, v.author, v.party, v.visibility, v.body, current_timestamp - v.days * interval '1' day
from client c,
     (values ('maria.gomez', 'CARE_MANAGEMENT', 'CARE_TEAM', 'Alex missed the last appointment; reached by phone, all well. Rebooked for Thursday.', 9),
             ('sam.rivera', 'PSYCHOTHERAPY', 'CLIENT_VISIBLE', 'Good session today, Alex. The walks are clearly helping; keep going at your own pace.', 4))
     as v (author, party, visibility, body, days)
where c.family_name = 'Morgan'
  and not exists (select 1 from team_note n where n.client_id = c.id and n.body = v.body);

-- How Alex wants to be worked with, recorded with Maria in the first session.
update client
set pace = 'UNHURRIED', directness = 'BALANCED', formality = 'RELAXED', support = 'MOSTLY_LISTENING',
    helped_before = 'Having time to think before answering. Writing things down between sessions.',
    did_not_help = 'Being handed worksheets in the first session before anyone knew me.',
    culture_and_identity = 'I am non-binary; please use they/them. My family is important to me but does not know everything.',
    accessibility_needs = 'Mornings are hard; afternoon appointments work best.',
    preferences_changed_by = 'maria.gomez', preferences_changed_at = current_timestamp - interval '41' day
where username = 'alex.morgan' and preferences_changed_at is null;

-- Alex's check-ins after sessions: a strained week three, talked through and repaired.
insert into alliance_check_in (version, client_id, goals_score, tasks_score, bond_score, comment, submitted_by, submitted_at)
select 0, c.id, v.goals, v.tasks, v.bond, v.comment, 'alex.morgan', current_timestamp - v.days * interval '1' day
from client c,
     (values (4, 4, 5, null, 35),
             (4, 3, 4, null, 28),
             (3, 3, 2, 'I felt rushed today, like the homework mattered more than how I was.', 21),
             (4, 4, 4, null, 14),
             (5, 4, 5, 'Much better. Thank you for slowing down.', 7))
     as v (goals, tasks, bond, comment, days)
where c.username = 'alex.morgan'
  and not exists (select 1 from alliance_check_in a where a.client_id = c.id);

insert into possible_rupture (version, client_id, check_in_id, noticed_at, repair_what_happened, repair_how_addressed,
                              repair_outcome, repaired_by, repaired_by_party, repaired_at)
select 1, a.client_id, a.id, a.submitted_at,
       'I moved on to the walking plan while Alex was still upset about a row at home.',
       'At the start of the next session I said I had rushed them and asked what they needed; we spent the time on the row first.',
       'Alex said they felt heard. We agreed to start each session with how the week was before any plans.',
       'sam.rivera', 'PSYCHOTHERAPY', a.submitted_at + interval '2' day
from alliance_check_in a join client c on c.id = a.client_id
where c.username = 'alex.morgan' and a.bond_score = 2
  and not exists (select 1 from possible_rupture r where r.client_id = c.id);

insert into rupture_sign (rupture_id, dimension, kind, score, earlier_tenths)
select r.id, v.dimension, v.kind, 2, v.earlier
from possible_rupture r join client c on c.id = r.client_id,
     (values ('BOND', 'LOW', cast(null as integer)), ('BOND', 'DROP', 45)) as v (dimension, kind, earlier)
where c.username = 'alex.morgan'
  and not exists (select 1 from rupture_sign s where s.rupture_id = r.id);

-- Steps Alex ticked off in the last two weeks: a streak to celebrate.
insert into goal_task (version, goal_id, client_id, description, assignee_party, due_on, frequency, status, client_agreed_at, created_by, created_at, done_at)
select 1, g.id, g.client_id, v.description, 'CLIENT', cast(current_date - v.days * interval '1' day as date), null, 'DONE',
       current_timestamp - interval '16' day, 'alex.morgan', current_timestamp - interval '16' day,
       current_timestamp - v.days * interval '1' day
from goal g,
     (values ('Walk to the park with the dog on Saturday', 9), ('Call the walking group about Tuesday', 3)) as v (description, days)
where g.id = (select r1.goal_id from goal_revision r1 join goal g1 on g1.id = r1.goal_id join client c1 on c1.id = g1.client_id where r1.number = 1 and r1.client_words = 'Get out of the house and walk three days a week' and c1.family_name = 'Morgan')
  and not exists (select 1 from goal_task t where t.goal_id = g.id and t.description = v.description);

-- Measures for every client over months, so that the registry shows each status at once (read on
-- the day the demo loads): response (Alex Morgan's PHQ-9 and GAD-7, Jamie Ortiz's PHQ-9),
-- remission (Casey Nguyen, Avery Kim), improving (Morgan Blake, Quinn Foster, Drew Hassan), not
-- improving (Jordan Lee, Riley Santos, Skyler Dunn), new (Taylor Reed, Robin Walsh). Alex's PHQ-9 is
-- due today; Skyler Dunn's are overdue. Alex and Jordan filled theirs in in the portal, the others
-- on paper, entered by Maria Gomez.
insert into measure_result (version, client_id, instrument, item_1, item_2, item_3, item_4, item_5, item_6, item_7,
                            item_8, item_9, difficulty, total, severity, completed_on, source, recorded_by,
                            recorded_by_party, recorded_at)
select 0, c.id, v.instrument, v.i1, v.i2, v.i3, v.i4, v.i5, v.i6, v.i7, v.i8, v.i9, v.difficulty, v.total, v.severity,
       cast(current_date - v.days * interval '1' day as date), v.source, v.recorded_by, v.party,
       current_timestamp - v.days * interval '1' day
from (values
    ('Morgan', 'PHQ_9', 84, 2, 2, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 16, 'MODERATELY_SEVERE', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'PHQ_9', 70, 2, 2, 2, 2, 2, 2, 1, 1, 0, 'VERY_DIFFICULT', 14, 'MODERATE', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'PHQ_9', 56, 2, 2, 2, 2, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 12, 'MODERATE', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'PHQ_9', 42, 2, 1, 1, 1, 1, 1, 1, 1, 0, 'SOMEWHAT_DIFFICULT', 9, 'MILD', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'PHQ_9', 28, 1, 1, 1, 1, 1, 1, 1, 1, 0, 'SOMEWHAT_DIFFICULT', 8, 'MILD', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'PHQ_9', 14, 1, 1, 1, 1, 1, 1, 1, 0, 0, 'SOMEWHAT_DIFFICULT', 7, 'MILD', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'GAD_7', 84, 2, 2, 2, 2, 2, 1, 1, null, null, 'VERY_DIFFICULT', 12, 'MODERATE', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'GAD_7', 56, 2, 2, 1, 1, 1, 1, 1, null, null, 'SOMEWHAT_DIFFICULT', 9, 'MILD', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'GAD_7', 28, 1, 1, 1, 1, 1, 1, 1, null, null, 'SOMEWHAT_DIFFICULT', 7, 'MILD', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Morgan', 'GAD_7', 14, 1, 1, 1, 1, 1, 1, 0, null, null, 'SOMEWHAT_DIFFICULT', 6, 'MILD', 'PORTAL', 'alex.morgan', 'CLIENT'),
    ('Lee', 'PHQ_9', 98, 3, 3, 3, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 19, 'MODERATELY_SEVERE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'PHQ_9', 70, 3, 3, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 18, 'MODERATELY_SEVERE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'PHQ_9', 42, 3, 2, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 17, 'MODERATELY_SEVERE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'PHQ_9', 14, 2, 2, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 16, 'MODERATELY_SEVERE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'PHQ_9', 1, 2, 2, 2, 2, 2, 2, 2, 2, 1, 'VERY_DIFFICULT', 17, 'MODERATELY_SEVERE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'GAD_7', 98, 2, 2, 2, 2, 2, 2, 1, null, null, 'VERY_DIFFICULT', 13, 'MODERATE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'GAD_7', 42, 2, 2, 2, 2, 2, 1, 1, null, null, 'VERY_DIFFICULT', 12, 'MODERATE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Lee', 'GAD_7', 14, 2, 2, 2, 2, 2, 1, 1, null, null, 'VERY_DIFFICULT', 12, 'MODERATE', 'PORTAL', 'jordan.lee', 'CLIENT'),
    ('Nguyen', 'PHQ_9', 84, 2, 2, 2, 2, 2, 2, 2, 1, 0, 'VERY_DIFFICULT', 15, 'MODERATELY_SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Nguyen', 'PHQ_9', 56, 2, 2, 1, 1, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 10, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Nguyen', 'PHQ_9', 28, 1, 1, 1, 1, 1, 1, 0, 0, 0, 'SOMEWHAT_DIFFICULT', 6, 'MILD', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Nguyen', 'PHQ_9', 7, 1, 1, 1, 0, 0, 0, 0, 0, 0, 'NOT_DIFFICULT_AT_ALL', 3, 'MINIMAL', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'PHQ_9', 91, 2, 2, 2, 2, 2, 2, 1, 1, 0, 'VERY_DIFFICULT', 14, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'PHQ_9', 63, 2, 2, 2, 2, 2, 2, 2, 1, 0, 'VERY_DIFFICULT', 15, 'MODERATELY_SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'PHQ_9', 35, 2, 2, 2, 2, 2, 1, 1, 1, 0, 'VERY_DIFFICULT', 13, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'PHQ_9', 7, 2, 2, 2, 2, 2, 2, 1, 1, 0, 'VERY_DIFFICULT', 14, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'GAD_7', 91, 2, 2, 2, 1, 1, 1, 1, null, null, 'VERY_DIFFICULT', 10, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'GAD_7', 35, 2, 2, 2, 2, 1, 1, 1, null, null, 'VERY_DIFFICULT', 11, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Santos', 'GAD_7', 7, 2, 2, 2, 1, 1, 1, 1, null, null, 'VERY_DIFFICULT', 10, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Blake', 'PHQ_9', 56, 2, 2, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 16, 'MODERATELY_SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Blake', 'PHQ_9', 28, 2, 2, 2, 2, 2, 1, 1, 1, 0, 'VERY_DIFFICULT', 13, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Blake', 'PHQ_9', 7, 2, 2, 2, 1, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 11, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Reed', 'PHQ_9', 7, 2, 2, 2, 2, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 12, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Reed', 'GAD_7', 7, 2, 2, 2, 2, 2, 2, 2, null, null, 'VERY_DIFFICULT', 14, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Ortiz', 'PHQ_9', 70, 3, 3, 3, 3, 2, 2, 2, 2, 0, 'EXTREMELY_DIFFICULT', 20, 'SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Ortiz', 'PHQ_9', 42, 2, 2, 2, 2, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 12, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Ortiz', 'PHQ_9', 14, 2, 1, 1, 1, 1, 1, 1, 1, 0, 'SOMEWHAT_DIFFICULT', 9, 'MILD', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Ortiz', 'GAD_7', 70, 3, 2, 2, 2, 2, 2, 2, null, null, 'VERY_DIFFICULT', 15, 'SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Ortiz', 'GAD_7', 42, 2, 2, 2, 2, 2, 1, 1, null, null, 'VERY_DIFFICULT', 12, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Ortiz', 'GAD_7', 14, 2, 2, 2, 2, 1, 1, 1, null, null, 'VERY_DIFFICULT', 11, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Kim', 'PHQ_9', 105, 2, 2, 2, 1, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 11, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Kim', 'PHQ_9', 77, 1, 1, 1, 1, 1, 1, 1, 0, 0, 'SOMEWHAT_DIFFICULT', 7, 'MILD', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Kim', 'PHQ_9', 49, 1, 1, 1, 1, 0, 0, 0, 0, 0, 'NOT_DIFFICULT_AT_ALL', 4, 'MINIMAL', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Kim', 'PHQ_9', 21, 1, 1, 1, 0, 0, 0, 0, 0, 0, 'NOT_DIFFICULT_AT_ALL', 3, 'MINIMAL', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Foster', 'PHQ_9', 42, 3, 3, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 18, 'MODERATELY_SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Foster', 'PHQ_9', 28, 2, 2, 2, 2, 2, 2, 2, 1, 0, 'VERY_DIFFICULT', 15, 'MODERATELY_SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Foster', 'PHQ_9', 14, 2, 2, 2, 2, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 12, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Hassan', 'PHQ_9', 63, 3, 3, 3, 2, 2, 2, 2, 2, 2, 'EXTREMELY_DIFFICULT', 21, 'SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Hassan', 'PHQ_9', 35, 3, 2, 2, 2, 2, 2, 2, 2, 0, 'VERY_DIFFICULT', 17, 'MODERATELY_SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Hassan', 'PHQ_9', 7, 2, 2, 2, 2, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 12, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Walsh', 'PHQ_9', 3, 1, 1, 1, 1, 1, 1, 1, 1, 0, 'SOMEWHAT_DIFFICULT', 8, 'MILD', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Dunn', 'PHQ_9', 77, 2, 2, 1, 1, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 10, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Dunn', 'PHQ_9', 49, 2, 2, 2, 1, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 11, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Dunn', 'PHQ_9', 21, 2, 2, 1, 1, 1, 1, 1, 1, 0, 'VERY_DIFFICULT', 10, 'MODERATE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Dunn', 'GAD_7', 77, 3, 3, 2, 2, 2, 2, 2, null, null, 'VERY_DIFFICULT', 16, 'SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Dunn', 'GAD_7', 49, 3, 2, 2, 2, 2, 2, 2, null, null, 'VERY_DIFFICULT', 15, 'SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT'),
    ('Dunn', 'GAD_7', 21, 3, 2, 2, 2, 2, 2, 2, null, null, 'VERY_DIFFICULT', 15, 'SEVERE', 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT')

) as v (family_name, instrument, days, i1, i2, i3, i4, i5, i6, i7, i8, i9, difficulty, total, severity, source,
        recorded_by, party)
join client c on c.family_name = v.family_name
where not exists (
    select 1 from measure_result r
    where r.client_id = c.id and r.instrument = v.instrument
      and r.completed_on = cast(current_date - v.days * interval '1' day as date));

-- The episodes the registry reads (first and latest score of each questionnaire), worked out
-- again from the results above.
delete from measure_episode;
insert into measure_episode (client_id, instrument, baseline_total, baseline_on, latest_total, latest_on,
                             scores)
select client_id, instrument,
       max(case when oldest = 1 then total end), max(case when oldest = 1 then completed_on end),
       max(case when newest = 1 then total end), max(case when newest = 1 then completed_on end), max(scores)
from (select r.client_id, r.instrument, r.total, r.completed_on,
             row_number() over (partition by r.client_id, r.instrument
                                order by r.completed_on, r.recorded_at, r.id) as oldest,
             row_number() over (partition by r.client_id, r.instrument
                                order by r.completed_on desc, r.recorded_at desc, r.id desc) as newest,
             count(*) over (partition by r.client_id, r.instrument) as scores
      from measure_result r) ranked
where oldest = 1 or newest = 1
group by client_id, instrument;

-- Jordan Lee answered item 9 with a 1 yesterday: the one safety flag still open, for the team to follow up.
insert into safety_flag (version, client_id, measure_result_id, item_answer, raised_at)
select 0, r.client_id, r.id, r.item_9, r.recorded_at
from measure_result r join client c on c.id = r.client_id
where c.family_name = 'Lee' and r.instrument = 'PHQ_9' and r.item_9 > 0
  and not exists (select 1 from safety_flag f where f.measure_result_id = r.id);

-- Drew Hassan's item 9 two months ago, followed up by Lee Chen three hours after it was raised.
insert into safety_flag (version, client_id, measure_result_id, item_answer, raised_at, client_reached_at, assessment,
                         outcome, followed_up_by, followed_up_by_party, closed_at)
select 1, r.client_id, r.id, r.item_9, r.recorded_at, r.recorded_at + interval '2' hour,
       'Passive thoughts of being better off dead after losing his job; no plan, no intent, no past attempts. Protective: his daughter, his brother nearby.',
       'SAFETY_PLAN_REVIEWED', 'lee.chen', 'PSYCHOTHERAPY', r.recorded_at + interval '3' hour
from measure_result r join client c on c.id = r.client_id
where c.family_name = 'Hassan' and r.instrument = 'PHQ_9' and r.item_9 > 0
  and not exists (select 1 from safety_flag f where f.measure_result_id = r.id);

-- Avery Kim is in remission: the team spaced her PHQ-9 to every four weeks.
insert into measure_schedule (version, client_id, instrument, every_weeks, starts_on, changed_by, changed_at)
select 0, c.id, 'PHQ_9', 4, cast('2026-05-04' as date), 'maria.gomez', current_timestamp - interval '20' day
from client c
where c.family_name = 'Kim'
  and not exists (select 1 from measure_schedule s where s.client_id = c.id and s.instrument = 'PHQ_9');

-- Psychiatric case review: Priya Patel reviews the caseload with Maria Gomez from the registry.
-- Riley Santos is not improving: reviewed three days ago, with the one recommendation still open,
-- waiting for Nina Brooks (primary care). Earlier ones were answered: Alex Morgan's sertraline was
-- raised ten weeks ago (the PHQ-9 fell from then on), Jamie Ortiz's referral was adapted, Morgan
-- Blake's mirtazapine declined with the reason.
insert into case_review (version, client_id, reviewed_on, note, reviewed_by, reviewed_by_party, recorded_at)
select 0, c.id, cast(current_date - v.days * interval '1' day as date), v.note, 'priya.patel', 'PSYCHIATRY',
       current_timestamp - v.days * interval '1' day
from (values
    ('Morgan', 70, 'PHQ-9 14 from 16 after ten weeks on sertraline 50 mg: too little. Tolerating it well.'),
    ('Ortiz', 42, 'PHQ-9 down from 20 to 12; sleep still broken, worse since the night shifts.'),
    ('Nguyen', 27, 'PHQ-9 6 from 15, falling; keep the plan as it is.'),
    ('Blake', 28, 'PHQ-9 13 from 16; sleeps four to five hours.'),
    ('Santos', 45, 'PHQ-9 15, baseline 14; sertraline 100 mg since February, taken every day. Give it another month.'),
    ('Santos', 3, 'PHQ-9 14 after thirteen weeks (baseline 14): no response. Adherent, no side effects. Time to change.')
) as v (family_name, days, note)
join client c on c.family_name = v.family_name
where not exists (
    select 1 from case_review r
    where r.client_id = c.id and r.reviewed_on = cast(current_date - v.days * interval '1' day as date));

insert into recommendation (version, client_id, kind, text, recommended_by, recommended_by_party, recommended_at,
                            addressed_to, status, answer, answered_by, answered_by_party, answered_at)
select case when v.status = 'OPEN' then 0 else 1 end, c.id, v.kind, v.text, 'priya.patel', 'PSYCHIATRY',
       current_timestamp - v.days * interval '1' day, 'PRIMARY_CARE', v.status, v.answer, v.answered_by,
       case when v.status = 'OPEN' then null else 'PRIMARY_CARE' end,
       case when v.status = 'OPEN' then null else current_timestamp - v.days * interval '1' day + interval '20' hour end
from (values
    ('Morgan', 70, 'MEDICATION_CHANGE',
     'Consider raising sertraline from 50 mg to 100 mg daily; recheck PHQ-9 in four weeks.',
     'ACCEPTED', 'Raised to 100 mg; Alex agreed and will message if the stomach upset comes back.', 'tom.okafor'),
    ('Ortiz', 42, 'REFERRAL',
     'Refer to the clinic''s CBT for insomnia group.',
     'ADAPTED', 'The group has a six-week wait: referred, and the nurse starts sleep sessions with Jamie meanwhile.',
     'tom.okafor'),
    ('Blake', 28, 'MEDICATION_CHANGE',
     'Consider adding mirtazapine 7.5 to 15 mg at night for sleep.',
     'DECLINED', 'Morgan gained 6 kg this year and his HbA1c is 6.2 %; we keep sertraline alone and review sleep at the next visit.',
     'nina.brooks'),
    ('Santos', 3, 'MEDICATION_CHANGE',
     'Consider raising sertraline from 100 mg to 150 mg daily and recheck PHQ-9 in four weeks; if still no response, consider switching to bupropion XL 150 mg.',
     'OPEN', null, null)
) as v (family_name, days, kind, text, status, answer, answered_by)
join client c on c.family_name = v.family_name
where not exists (select 1 from recommendation r where r.client_id = c.id and r.text = v.text);

-- Jordan Lee's goal about a substance carries the label, so that the demo shows who sees what
-- under the client's consent (portal: Who sees what). Until Jordan decides, the whole team sees it.
insert into goal_label (goal_id, label)
select r.goal_id, 'SUBSTANCE_USE'
from goal_revision r join goal g on g.id = r.goal_id join client c on c.id = g.client_id
where r.number = 1 and r.client_words = 'Keep to two drinks on a night out' and c.family_name = 'Lee'
  and not exists (select 1 from goal_label l where l.goal_id = r.goal_id and l.label = 'SUBSTANCE_USE');
