-- meetings: each action keeps a copy of its case's local authority and school, kept in step by
-- the cases module's CaseChanged event (as disagreements do, V8 and ADR 0018), so a caseload
-- counts an authority's or a school's overdue actions from the meetings module's own table.
alter table meeting_action add column local_authority_id uuid, add column school_id uuid;

-- Actions recorded before this migration take their case's, once. After this, only the
-- meetings module writes these columns.
update meeting_action a set local_authority_id = c.local_authority_id, school_id = c.school_id
from child_case c where c.id = a.case_id;
alter table meeting_action alter column local_authority_id set not null;

-- Overdue actions are open ones before today: the caseload reads one authority's or one school's
-- open actions in due-date order, without the done and cancelled ones.
create index meeting_action_open_authority on meeting_action (local_authority_id, due_on) include (case_id) where status = 'OPEN';
create index meeting_action_open_school on meeting_action (school_id, due_on) include (case_id) where status = 'OPEN';
