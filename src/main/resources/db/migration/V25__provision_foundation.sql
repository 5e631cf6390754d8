-- Provision, delivered or not. The words of each provision item stay as they were written;
-- beside them a structured amount that Coplan can count (ADR 0039).
alter table plan_item
    add column sessions        integer check (sessions between 1 and 100),
    add column per             text check (per in ('WEEK', 'HALF_TERM', 'TERM')),
    add column minutes         integer check (minutes between 1 and 1440),
    add column group_count     integer check (group_count between 1 and 100),
    add column provider_role   text,
    add column provider_person uuid;

-- The provision in force for each case, copied by the provision module from the newest issued
-- version of the case's plan (the EHC plan when there is one, else the SEN support plan). An
-- item left out of a later version is kept, with the day it stopped.
create table provision_item (
    case_id          uuid not null,
    lineage          uuid not null,
    plan_kind        text not null check (plan_kind in ('SEN_SUPPORT', 'EHC')),
    plan_version_id  uuid not null,
    section          text not null,
    description      text not null,
    provider         text,
    frequency        text,
    session_length   text,
    sessions         integer,
    per              text check (per in ('WEEK', 'HALF_TERM', 'TERM')),
    minutes          integer,
    group_count      integer,
    provider_role    text,
    provider_person  uuid,
    starts           date,
    ends             date,
    outcomes         uuid[] not null default '{}',
    in_force_from    date not null,
    stopped_on       date,
    primary key (case_id, lineage)
);
create index provision_item_provider on provision_item (provider_person) where provider_person is not null;

-- Each session of a provision item: delivered, or not delivered with a reason. A correction is
-- a new row; the row it corrects keeps its words and points at its replacement.
create table provision_session (
    id                uuid primary key,
    seq               bigint generated always as identity,
    case_id           uuid not null,
    item_lineage      uuid not null,
    session_date      date not null,
    status            text not null check (status in ('DELIVERED', 'NOT_DELIVERED')),
    minutes           integer check (minutes between 0 and 1440),
    delivered_by      text,
    note              text,
    reason            text check (reason in ('CHILD_ABSENT', 'PROVIDER_ABSENT', 'SETTING_CLOSED', 'CHILD_DECLINED', 'OTHER')),
    reason_words      text,
    makes_up          uuid references provision_session (id),
    group_session_id  uuid,
    recorded_by       uuid not null,
    recorded_by_name  text not null,
    recorded_at       timestamptz not null,
    replaced_by       uuid references provision_session (id),
    constraint delivered_has_minutes check (status <> 'DELIVERED' or minutes is not null),
    constraint missed_has_reason check (status <> 'NOT_DELIVERED' or reason is not null),
    constraint other_reason_has_words check (reason is distinct from 'OTHER' or reason_words is not null),
    foreign key (case_id, item_lineage) references provision_item (case_id, lineage)
);
-- one regular session and one make-up per item per day
create unique index provision_session_once on provision_session (case_id, item_lineage, session_date, (makes_up is not null))
    where replaced_by is null;
create index provision_session_group on provision_session (group_session_id) where group_session_id is not null;

-- Provision already in issued plans when this arrived.
insert into provision_item (case_id, lineage, plan_kind, plan_version_id, section, description, provider, frequency,
        session_length, starts, ends, outcomes, in_force_from)
select p.case_id, i.lineage, p.kind, v.id, i.section, i.description, i.provider, i.frequency, i.session_length,
       i.starts, i.ends, coalesce(i.links, '{}'), coalesce(v.issued_at::date, v.created_at::date)
from plan p
join plan_version v on v.plan_id = p.id and v.status = 'FINAL'
                    and v.number = (select max(number) from plan_version w where w.plan_id = p.id and w.status = 'FINAL')
join plan_item i on i.version_id = v.id and i.kind = 'PROVISION' and i.superseded_at is null and i.removed_at is null
where p.kind = 'EHC'
   or not exists (select 1 from plan e join plan_version ev on ev.plan_id = e.id and ev.status = 'FINAL'
                  where e.case_id = p.case_id and e.kind = 'EHC');
