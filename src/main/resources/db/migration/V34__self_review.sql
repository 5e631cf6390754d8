-- Genuine Partnerships self-review: a school, service or the authority rates itself against the four
-- cornerstones once a review year (1 August to 31 July); parent carer forum members rate it too.
create table self_review (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    review_year int not null,
    started_at timestamptz not null,
    unique (organisation_id, review_year)
);

-- Whether each side (the organisation itself, the forum) has sent its ratings.
create table self_review_side (
    review_id uuid not null references self_review (id),
    side text not null check (side in ('ORGANISATION', 'FORUM')),
    sent_at timestamptz not null,
    sent_by_name text not null,
    primary key (review_id, side)
);

create table self_review_rating (
    review_id uuid not null references self_review (id),
    side text not null check (side in ('ORGANISATION', 'FORUM')),
    cornerstone text not null,
    rating smallint not null check (rating between 1 and 4),
    evidence text not null,
    rated_by uuid not null,
    rated_by_name text not null,
    rated_at timestamptz not null,
    primary key (review_id, side, cornerstone)
);

create table self_review_action (
    id uuid primary key,
    review_id uuid not null references self_review (id),
    cornerstone text not null,
    what text not null,
    who text not null,
    due_on date not null,
    done_on date,
    version int not null default 0,
    added_by_name text not null,
    added_at timestamptz not null
);

create index self_review_action_review on self_review_action (review_id, due_on);
