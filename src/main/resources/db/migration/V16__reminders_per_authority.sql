-- The reminder job works one local authority at a time, in batches in due order (keyset pages of
-- due_on, case_id, deadline_key, subject_id): this index serves each batch, and finding the
-- authorities with open deadlines by skipping from one authority to the next.
create index process_deadline_open_authority on process_deadline (local_authority_id, due_on, case_id, deadline_key, subject_id)
    where not closed;
