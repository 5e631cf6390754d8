-- What dashboards filter by: a school's phase, and the child's primary type of need (the SEN2 return's
-- categories). Both may be unrecorded; a filter on them then leaves the case out.
alter table organisation add column phase text check (phase in
    ('EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION', 'POST_16'));
alter table child_case add column primary_need text check (primary_need in
    ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH', 'NSA'));
create index child_case_la_need on child_case (local_authority_id, primary_need);
