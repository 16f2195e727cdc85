-- Issue 15: a request to change the address tells the current address at once, with a link that
-- cancels it. Additive only. See docs/decisions/0013-credential-changes-void-pending-grants.md.
--
-- The notice (kind email_change_requested) names the address asked for; the mail shows it masked.
-- Its cancel link's token is minted at delivery like every other link and stored by hash in
-- account_tokens with purpose email_change_cancel (19 characters: fits varchar(20), no constraint).
ALTER TABLE account_mail_outbox ADD COLUMN new_email varchar(320);
