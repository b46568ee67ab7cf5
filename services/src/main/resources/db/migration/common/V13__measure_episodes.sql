-- Each client's first and latest score on each questionnaire, and how many there are, kept beside
-- the results as they are recorded: the registry reads one row per client and questionnaire
-- instead of every result it holds.
create table measure_episode (
    client_id      bigint      not null references client (id),
    instrument     varchar(10) not null check (instrument in ('PHQ_9', 'GAD_7')),
    baseline_total integer     not null,
    baseline_on    date        not null,
    latest_total   integer     not null,
    latest_on      date        not null,
    scores         integer     not null,
    primary key (client_id, instrument)
);

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
