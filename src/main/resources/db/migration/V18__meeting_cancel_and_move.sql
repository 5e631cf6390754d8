-- meetings: cancelling and moving a meeting. Each change to a meeting's time or status goes to
-- everyone invited as an update of the same calendar entry, numbered by sequence (RFC 5545 SEQUENCE).
alter table meeting
    add column sequence           integer not null default 0,
    add column cancelled_at       timestamptz,
    add column cancelled_by_name  text,
    add column cancel_reason      text,
    add column moved_at           timestamptz,
    add column moved_by_name      text;

-- A reply answers one version of the invitation. After a move the old reply stays, and the person
-- is asked again: their reply is current only when it answers the meeting's sequence.
alter table meeting_attendee add column replied_to_sequence integer;
update meeting_attendee set replied_to_sequence = 0 where reply is not null;

-- Explore: the child or young person can be heard whether or not they are on the case team.
-- Their view has no team member behind it (speaker_member_id null) and the child's role.
alter table meeting_view alter column speaker_member_id drop not null;
alter table meeting_view add constraint meeting_view_speaker
    check (speaker_member_id is not null or speaker_role = 'CHILD_YOUNG_PERSON');
