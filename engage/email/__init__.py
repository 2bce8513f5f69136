"""Email for every feature: an outbox written in the same transaction as the change that causes
the email, and a worker (`flask --app engage send-emails`) that sends it after the commit.

A rolled-back change sends nothing; a crash after the commit loses nothing, because the email
is still in the outbox. Each email keeps one Message-ID across retries, so if a worker dies
between the mail server accepting a message and recording it as sent, the copy it sends again
carries the same Message-ID and mail systems can recognise it as the same message.
"""
