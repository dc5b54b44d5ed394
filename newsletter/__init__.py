"""County newsletters: a reader subscribes by e-mail (double opt-in, no account) to one or more
counties and gets one digest a day at the hour they chose, with the day's top stories of those
counties, each story once.

Sending goes through an outbox table (newsletter.outbox): a message is written once (a unique
key per subscriber and day), claimed one at a time, sent over SMTP, marked sent. A message a
crash leaves claimed is never sent again (at most once); the others go out after a restart.
Only the address and the choices are kept; unsubscribing, a hard bounce or a complaint delete them.
"""
