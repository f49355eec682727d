-- Each submitted audit counted once a month per practice standard and per graded question it answered: how many
-- cases were graded, and how many were good or better (every graded answer on the standard good or outstanding).
-- Learning reviews compare before and after a review from these counts, and training is targeted from them, without
-- reading every answer of five years of audits (decision 0031). subject: S = practice standard, Q = audit question.
-- team_id 0 = no team recorded. month_key = year * 100 + month of submission.
create table audit_result_month (
    subject char(1) not null,
    subject_id bigint not null,
    month_key integer not null,
    team_id bigint not null,
    audits integer not null,
    good integer not null,
    primary key (subject, subject_id, month_key, team_id)
);
create index audit_result_month_by_team on audit_result_month (month_key, subject, team_id);

insert into audit_result_month (subject, subject_id, month_key, team_id, audits, good)
select 'S', x.standard_id, x.month_key, x.team_id, count(*), sum(x.good)
from (
    select a.id, qs.standard_id, coalesce(a.team_id, 0) as team_id,
        cast(extract(year from a.submitted_at) as integer) * 100 + cast(extract(month from a.submitted_at) as integer) as month_key,
        min(case when ans.answer in ('OUTSTANDING', 'GOOD') then 1 else 0 end) as good
    from audit a join audit_answer ans on ans.audit_id = a.id
        join audit_question q on q.id = ans.question_id
        join audit_question_standard qs on qs.question_id = q.id
    where a.status in ('SUBMITTED', 'MODERATED') and a.submitted_at is not null and q.answer_type = 'GRADE'
        and ans.answer in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')
    group by a.id, qs.standard_id, a.team_id, a.submitted_at
) x
group by x.standard_id, x.month_key, x.team_id;

insert into audit_result_month (subject, subject_id, month_key, team_id, audits, good)
select 'Q', ans.question_id,
    cast(extract(year from a.submitted_at) as integer) * 100 + cast(extract(month from a.submitted_at) as integer),
    coalesce(a.team_id, 0), count(*),
    sum(case when ans.answer in ('OUTSTANDING', 'GOOD') then 1 else 0 end)
from audit a join audit_answer ans on ans.audit_id = a.id
    join audit_question q on q.id = ans.question_id
where a.status in ('SUBMITTED', 'MODERATED') and a.submitted_at is not null and q.answer_type = 'GRADE'
    and ans.answer in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')
group by ans.question_id,
    cast(extract(year from a.submitted_at) as integer) * 100 + cast(extract(month from a.submitted_at) as integer),
    coalesce(a.team_id, 0);
