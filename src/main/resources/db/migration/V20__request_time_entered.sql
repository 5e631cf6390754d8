-- Whether the time a request arrived was entered. Until now a request recorded without a time was
-- stored as arriving at 09:00, so a stored 09:00 cannot be told from a time someone typed: those
-- requests are taken to have no time, and show only their date. The stored value is kept as it was.
alter table process_event add column arrived_time_entered boolean not null default true;

update process_event set arrived_time_entered = false where arrived_at is not null and arrived_at::time = time '09:00';
