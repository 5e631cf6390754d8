-- The audit trail also records refused case requests, sign-ins and their failures, lockouts,
-- signing out, password resets and role changes (issue 11).
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in (
    'VIEWED', 'CHANGED', 'EXPORTED', 'SHARED', 'MESSAGE_SENT', 'SIGNED_IN',
    'REFUSED', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'SIGNED_OUT', 'PASSWORD_RESET', 'ROLE_CHANGED'));
