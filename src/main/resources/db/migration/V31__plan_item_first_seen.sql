-- Items are listed in the order each was first added: the first row of its lineage in the version.
-- Without this index that lookup read every row of plan_item for each item shown (a plan page at
-- 20,000 plans took seconds, and scoring every plan's golden thread at start-up took hours).
create index plan_item_lineage_seq on plan_item (version_id, lineage, seq);
