-- Each link to confirm joining a parent carer forum that was emailed, so a waiting request cannot be
-- used to fill someone's inbox: only coplan.forum.join-links-per-hour are sent in any hour.
create table forum_join_link_sent (
    member_id uuid not null references forum_member (id) on delete cascade,
    sent_at   timestamptz not null
);
create index forum_join_link_sent_member on forum_join_link_sent (member_id, sent_at);
