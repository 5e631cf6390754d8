-- The dashboard's figures are read again only when an authority's newest check time moves: this
-- finds that time without reading the authority's items.
create index provision_fidelity_now_checked on provision_fidelity_now (local_authority, checked_at);
