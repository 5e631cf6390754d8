-- Two themes that are the same problem, put into one by the board's officers: the marks of the one
-- merged move to the other, so its families count once, together; the merged theme stays, pointing on.
alter table theme drop constraint theme_status_check;
alter table theme add constraint theme_status_check check (status in ('OPEN', 'RAISED', 'MERGED'));
alter table theme add column merged_into uuid references theme (id);
