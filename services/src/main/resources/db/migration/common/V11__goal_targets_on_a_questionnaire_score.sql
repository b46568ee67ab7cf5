-- A goal's target may be a questionnaire's total score ("PHQ-9 score at most 9 by March"): the
-- revision names the questionnaire, and the client's scores on it show whether it is reached.
alter table goal_revision add column target_instrument varchar(10)
    check (target_instrument in ('PHQ_9', 'GAD_7'));
