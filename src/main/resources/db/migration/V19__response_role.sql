-- The role on the case of the person who answered a contribution, shown beside their name:
-- "Answered by Sam Patel, EHC coordinator". Answers given before this take the role the answerer
-- held on the case when they answered; an answer whose answerer held no role on the case then
-- keeps none and shows the name alone.
alter table contribution_response add column responder_role text check (responder_role in
    ('PARENT_CARER', 'CHILD_YOUNG_PERSON', 'SENCO', 'EHC_COORDINATOR', 'EDUCATIONAL_PSYCHOLOGIST',
     'HEALTH_PROFESSIONAL', 'SOCIAL_CARE', 'SENDIASS_ADVISER', 'OTHER_PROFESSIONAL'));

update contribution_response r set responder_role = (
    select m.case_role
    from contribution c
    join plan_version v on v.id = c.version_id
    join plan p on p.id = v.plan_id
    join case_member m on m.case_id = p.case_id and m.person_id = r.responder_id
    where c.id = r.contribution_id
      and m.added_at <= r.responded_at and (m.removed_at is null or m.removed_at > r.responded_at)
    order by m.added_at desc
    limit 1);
