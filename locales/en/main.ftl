## pocdir — English catalogue. Every user-visible string lives here.

app-name = Directory of Points of Contact
footer-text = Global intergovernmental directory of points of contact for security of and in the use of ICTs. Access to contact details is restricted to participating States.
demo-banner = Demonstration: every State contact shown here is fictional.

## Navigation
nav-skip = Skip to content
nav-label = Main
nav-home = Home
nav-join = Request access
nav-login = Sign in
nav-logout = Sign out
nav-directory = Directory
nav-custodian = Custodian desk
nav-my-state = My State
nav-account = My account
nav-outbox = Open the demo outbox
language-choose = Language:

## Common words
all = All
choose = Choose…
back = Back
save = Save
next = Next
previous = Previous
page-of = Page { $page } of { $pages }
pagination = Pages
search-submit = Search

## Home (PUB-1)
home-title = Points of contact for ICT security
home-lead = When an ICT incident threatens relations between States, the right person in the other State is reached within minutes, over a channel both trust, and the exchange is on record.
home-mandate-title = Mandate
home-mandate-1 = UN Member States agreed to establish a global, intergovernmental directory of points of contact as a confidence-building measure. Its use is voluntary.
home-mandate-2 = Each participating State nominates diplomatic and technical points of contact. The custodian verifies every nomination and update through the State's Permanent Mission before it is published.
home-mandate-3 = Regular communication checks show that each contact answers. The directory complements, and does not replace, existing regional and bilateral channels.
home-participation-title = Participation
home-participating = participating States
home-threshold = States for the network to be operational
home-progress = { $count } of { $threshold } States needed for the network to be operational
home-operational = The network is operational.
home-not-operational = { $missing } more States are needed for the network to be operational.
home-states-list = Participating States
home-join-title = How to join
home-join-text = A State's Permanent Mission to the United Nations requests access. The custodian verifies the request with the Mission and then invites the State's designated national administrator.
home-no-contacts = No contact details are ever published on public pages.

## Request access (ACC-1)
join-title = Request access for your State
join-lead = This form is for Permanent Missions. The custodian will verify the request with your Mission before granting access.
join-submit = Send the request
join-done-title = Request received
join-done-body = Thank you. The custodian will verify the request with your Permanent Mission and will then send an invitation to the designated national administrator.
field-state = State
field-requester-name = Your name
field-requester-title = Your title and Mission
hint-requester-title = For example: First Secretary, Permanent Mission of … to the United Nations in New York
field-official-email = Official email address
hint-official-email = The invitation for your national administrator will be sent to this address.
field-note-verbale-ref = Reference of the note verbale
hint-note-verbale-ref = The number of the note verbale by which your Mission designates its national administrator.
field-message = Message (optional)

## Sign-in (ACC-3)
login-title = Sign in
login-submit = Continue
login-help = Lost your authenticator? Use one of your recovery codes at the next step, or ask your national administrator.
field-email = Email address
field-password = Password
code-title = Second factor
code-lead = Enter the six-digit code from your authenticator app, or one of your recovery codes.
code-submit = Sign in
field-code = Code
hint-code = Six digits, or a recovery code such as ABCD-EFGH-IJKL-MNOP-QRST.

## Invitation and enrolment
invitation-title = Set up your account
invitation-lead = Choose a password for your account. A second factor is mandatory and comes next.
invitation-submit = Save the password
field-name = Name
field-new-password = New password
field-confirm-password = Repeat the password
hint-password = At least { $min } characters. A long passphrase is best; no special characters are required. Common or leaked passwords are refused.
totp-title = Second factor
totp-lead = Every account is protected by a second factor. Set up an authenticator app now.
totp-step-1 = Open an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
totp-step-2 = Scan this code with the app.
totp-qr-label = QR code of your authenticator secret
totp-manual = Or enter this key by hand:
totp-step-3 = Enter the six-digit code the app shows.
totp-submit = Confirm
recovery-title = Recovery codes
recovery-enrolled = Your second factor is set up and you are signed in.
recovery-lead = Keep these codes somewhere safe. Each works once, in place of a code from your app, if you lose your phone.
recovery-warning = They are shown only now. Generating new codes cancels these.
recovery-continue = Continue to the directory

## Account (ACC-4)
account-title = My account
account-sessions = Where you are signed in
account-this-session = this session
account-revoke = Sign out there
account-recovery = Recovery codes
account-codes-left = Unused recovery codes: { $count }
account-new-codes = Generate new recovery codes

## Tables
col-device = Device
col-address = Address
col-signed-in = Signed in
col-last-seen = Last active
col-actions = Actions
col-field = Field
col-before = Before
col-after = After
col-change = Change
col-submitted = Submitted
col-status = Status
col-role = Role
col-when = When
col-actor = Who
col-action = Action
col-target = Object
col-detail = Detail
col-to = To
col-subject = Subject

## Directory (DIR-8, DIR-9)
directory-title = Directory
directory-count = { $count ->
    [one] One contact found.
   *[other] { $count } contacts found.
}
directory-count-more = More than { $count } contacts found: refine the search.
directory-empty = No contact matches these filters.
directory-matching-states = States matching your search:
field-search = Name or entity, in any script
field-region = Region
field-language = Language
hint-language-code = A language, e.g. French or fr
export-label = Export:
export-print = Printable page
print-title = Directory of points of contact
print-generated = Printed { $when }; { $count } contacts.
print-confidential = For the use of participating States only. Do not share beyond those who need it.

## Entries (DIR-3, DIR-4, DIR-7)
field-poc-type = Type of contact
field-entity = Entity or institution
field-entity-en = Entity, unofficial English translation
field-person-name = Designated person
field-position = Position
field-position-en = Position, unofficial English translation
field-emails = Email addresses
field-phones = Phone numbers
field-phones-24-7 = Phone numbers reachable 24/7
field-languages = Working languages
field-timezone = Time zone
field-hours = Hours of availability
field-web = Web page
field-pgp-fingerprint = OpenPGP key fingerprint
field-regional = Also nominated to
field-submission-language = Language of this entry
field-notes = Notes
field-notes-en = Notes, unofficial English translation
field-last-confirmed = Last confirmed
field-local-time = Local time now
field-effective-from = Date the change took effect
field-on-behalf-ref = Reference of the State's written request
field-id = Identifier
hint-entity = An entity alone is a valid entry; naming a person is optional.
hint-translation = Optional. Shown labelled as an unofficial translation.
hint-person = Optional.
hint-emails = One address per line. Generic addresses such as cert@… are welcome.
hint-phones = One number per line in international format, e.g. +41 22 917 1234. Add "24/7" at the end of a number reachable around the clock.
hint-languages = By name or ISO 639 code, separated by commas, e.g. Portuguese, Swahili or pt, sw
field-other-languages = Other languages
hint-timezone = Type the city or the country, then choose from the list.
hint-hours = For example: Mon–Fri 09:00–18:00, or 24/7.
hint-pgp = 40 or 64 hexadecimal characters. Optional.
hint-submission-language = One of the six official languages of the United Nations.
hint-effective-from = Optional. Changes are to be notified within 30 days of taking effect.
hint-on-behalf-ref = You are entering this change on the State's behalf: give the reference of its note verbale.
un-language-ar = Arabic
un-language-zh = Chinese
un-language-en = English
un-language-fr = French
un-language-ru = Russian
un-language-es = Spanish
label-original = Submitted in { $lang }
label-translation = Unofficial English translation:
badge-h24 = 24/7
badge-overdue = Confirmation overdue
badge-change-pending = Change awaiting verification
entry-overdue = This entry has not been confirmed since { $date }: it may be out of date.
entry-problems = { $count ->
    [one] A reader reported a problem with this contact.
   *[other] Readers reported { $count } problems with this contact.
}
entry-reach-now = Reach this contact now
entry-details = Details
entry-edit = Propose a change
entry-history = History
entry-pending-change = Change awaiting verification
history-submitted = Submitted by { $who }, { $when }
history-decided = Decided by { $who }, { $when }
history-on-behalf = on the State's written request { $reference }
history-late-notice = notified { $days } days after taking effect
history-reason = Reason:
history-changes = { $count ->
    [one] One field changed
   *[other] { $count } fields changed
}
state-observer = Observer State
state-manage = Manage this State's entries
state-no-entries = This State has no published contact yet.

## Types, regions, statuses
poc-type-diplomatic = Diplomatic / policy
poc-type-technical = Technical
poc-type-legal = Legal
poc-type-law-enforcement = Law enforcement
poc-type-assistance = Assistance and capacity-building
poc-type-policy-coordination = National security / policy coordination
region-africa = African States
region-asia-pacific = Asia-Pacific States
region-eastern-europe = Eastern European States
region-latin-america-caribbean = Latin American and Caribbean States
region-weog = Western European and other States
kind-create = Nomination
kind-update = Update
kind-withdraw = Withdrawal
status-pending = Awaiting verification
status-active = Published
status-published = Published
status-rejected = Rejected
status-withdrawn = Withdrawn
role-custodian = Custodian
role-national-admin = National administrator
role-member = Member
user-status-invited = Invited
user-status-active = Active
user-status-disabled = Disabled
channel-note-verbale = Note verbale
channel-mission-email = Email from the Permanent Mission
channel-phone-call = Phone call to the Permanent Mission
channel-in-person = In person
channel-other = Other channel

## Problem reports (DIR-10)
report-title = Report a problem with this contact
report-submit = Report
field-problem-kind = What happened
field-problem-detail = Detail (optional)
problem-bounced = Email bounced
problem-wrong-number = Wrong phone number
problem-no-answer = No answer
problem-wrong-person = Not the right contact any more
problem-other = Other problem
problem-resolve = Mark as resolved

## Nomination form (DIR-5)
form-new-title = Nominate a point of contact
form-edit-title = Propose a change
form-lead = The custodian verifies every nomination and change with your Permanent Mission before it is published.
form-submit = Submit for verification
form-has-errors = Please correct the following:
withdraw-title = Withdraw this contact
withdraw-text = A withdrawal is verified like any other change. The entry stays in the history.
withdraw-submit = Submit the withdrawal

## State desk
desk-title = { $state }: entries and users
desk-nominate = Nominate a contact
desk-public-view = See as other States see it
desk-pending = Changes awaiting verification
desk-no-pending = Nothing is awaiting verification.
desk-entries = Entries
desk-problems = Problems reported
desk-users = Users
desk-invite = Invite a user
desk-invite-submit = Send the invitation
desk-account-mode = Accounts of this State
account-mode-personal = Personal accounts, one per person (recommended)
account-mode-shared = One shared account for the State
field-email-language = Language of the invitation
user-enable = Enable
user-disable = Disable

## Custodian
custodian-title = Custodian desk
custodian-pending-changes = changes to verify
custodian-pending-requests = access requests
custodian-open-problems = problems reported
custodian-overdue = entries overdue for confirmation
custodian-active = published contacts
custodian-changes-link = Verify changes
custodian-requests-link = Review access requests
custodian-audit-link = Audit log
requests-title = Access requests
requests-lead = Verify each request with the Permanent Mission through a channel other than this form before admitting the State.
requests-admit = Admit the State and invite its administrator
requests-reject = Reject the request
requests-none = No request is waiting.
field-verification-ref = Verification reference
hint-verification-ref = How you verified it, e.g. the number of the Mission's note verbale.
field-reason = Reason
changes-title = Changes to verify
changes-lead = Verify each change with the State through a channel other than the one it came by, and record how.
changes-none = No change is waiting.
change-title = Change
change-diff = What changes
change-no-diff = No field differs from the published entry.
change-withdraw = The State asks to withdraw this contact.
change-see-entry = See the entry and its history
change-verify-title = Verify and publish
change-verify-lead = Record the channel and the reference of your verification.
field-channel = Verified through
change-publish = Publish
change-reject-title = Reject
change-reject = Reject the change
audit-title = Audit log
audit-intact = The hash chain of { $count } entries is intact.
audit-broken = The audit log was altered: the first entry that does not fit is number { $seq }.

## Demo outbox
outbox-title = Demo outbox
outbox-lead = In this demonstration, email is not sent: every message is kept here instead. Because messages hold sign-in links, this page is shown only to a browser on this machine.
outbox-empty = No email yet.
outbox-links = Links in this message

## Notices
notice-requested = Your request was sent.
notice-published = The change is published.
notice-rejected = The rejection is recorded.
notice-submitted = Submitted. The custodian will verify it before it is published.
notice-reported = Thank you. The custodian and the State's administrators are informed.
notice-resolved = Marked as resolved.
notice-invited = The invitation is sent.
notice-admitted = The State is admitted and its administrator invited.
notice-saved = Saved.
notice-revoked = That session is signed out.
notice-withdrawn = The withdrawal is submitted.
notice-disabled = The user is disabled and signed out everywhere.
notice-enabled = The user is enabled.

## Errors
error-title = This did not work
error-reference = Reference for support: { $id }
err-not-found = This page does not exist, or you do not have access to it.
err-forbidden = Your account may not do this.
err-unauthenticated = Please sign in.
err-invalid = Some information is not valid.
err-internal = Something went wrong on our side. Nothing was changed. Please try again later.
err-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
err-bad-request = The address or the form could not be read: a value in it is not valid. Go back and try again.
err-content-type = This form must be sent from its page on this site.
err-too-large = The request is too large.
err-throttled = Too many attempts. Please wait a few minutes and try again.
err-required = This field is required.
err-text-too-long = This text is too long.
err-text-line = Write this on one line: no line breaks or tabs.
err-text-disguised = This name contains invisible characters that change how it reads (direction marks or zero-width spaces). Type it again.
err-text-control = This text contains characters that cannot be shown.
err-email-format = The email address must look like name@example.org.
err-email-required = Give at least one email address.
err-email-taken = An account with this email address already exists.
err-phone-format = “{ $number }”: write the number in international format, with + and the country code, e.g. +41 22 917 1234.
err-phone-invalid = “{ $number }”: this is not a possible number in the country it dials. Check the country code and the number of digits.
err-url-format = The web page must start with https:// and name a site, e.g. https://cert.example.org.
err-language-code = Name each language, e.g. French, Arabic or Filipino, or give its ISO 639 code (fr, ar, fil).
err-language-required = Give at least one working language.
err-timezone = Choose the city from the list: a time zone is known by a city such as Cairo or Zurich, not by an offset or an abbreviation such as EST.
err-poc-type = Choose a type of contact from the list.
err-un-language = Choose one of the six official languages of the United Nations.
err-pgp-fingerprint = The fingerprint must be 40 or 64 hexadecimal characters.
err-regional = Choose regional directories from the list.
err-too-many = There are too many entries in this field (at most 10).
err-state-unknown = Choose a State from the list.
err-region = Choose a region from the list.
err-state-already-participating = This State already participates. Contact its national administrator.
err-state-not-participating = This State does not participate yet.
err-login-failed = The email address or password is not correct, or the account is not active.
err-code-wrong = This code is not correct or was already used. Wait for the next code and try again.
err-no-enrolment = Start the setup of your second factor again.
err-password-short = The password must have at least 12 characters. A passphrase of several words is easy to remember.
err-password-long = The password must have at most 128 characters.
err-password-common = This password is too common or too easy to guess. Choose a longer passphrase.
err-password-mismatch = The two passwords are not the same.
err-link-unknown = This link is not valid. Ask for a new invitation.
err-link-used = This link was already used. Sign in, or ask for a new invitation.
err-link-expired = This link has expired. Ask your national administrator or the custodian for a new invitation.
err-already-decided = This was already decided by someone else.
err-change-pending = A change to this entry is already awaiting verification.
err-no-change = Nothing was changed.
err-entry-not-active = This entry is not published.
err-on-behalf-ref = Give the reference of the State's written request.
err-date-format = Give the date as YYYY-MM-DD.
err-date-future = This date is in the future.
err-channel = Choose how you verified the change.
err-problem-kind = Choose what happened.
err-role = Choose a role from the list.
err-shared-account-exists = This State uses one shared account, which already exists.
err-shared-needs-one-account = A shared account needs exactly one active account: disable the others first.
err-account-mode = Choose personal accounts or one shared account.
err-cannot-disable-self = You cannot disable your own account.
err-export-format = Choose CSV, JSON, vCard or the printable page.
err-form-unreadable = The form could not be read. Reload the page and try again.

## Emails (sent in the recipient's language)
email-footer = Directory of Points of Contact — { $url }
email-invitation-subject = Your invitation to the Directory of Points of Contact
email-invitation-body =
    Dear { $name },

    You are invited to use the Directory of Points of Contact for { $state }.
    To set up your account, open this link within { $hours } hours. It works once.

    { $link }

    If you did not expect this message, you can ignore it.
email-access-received-subject = Your request for access ({ $reference })
email-access-received-body =
    Dear { $name },

    We have received the request of { $state } for access to the Directory of Points of Contact (reference { $reference }).
    The custodian will verify it with your Permanent Mission. The designated national administrator will then receive an invitation.
email-access-to-review-subject = Access request from { $state }
email-access-to-review-body =
    A Permanent Mission has requested access for { $state }.
    Verify the request with the Mission, then review it: { $url }
email-access-rejected-subject = Your request for access
email-access-rejected-body =
    Dear { $name },

    The custodian could not grant the request for access. Reason given: { $reason }
email-change-to-verify-subject = Change to verify: { $state }
email-change-to-verify-body =
    { $state } has submitted a change to its points of contact.
    Verify it through a channel other than the portal, then record your decision: { $url }
email-change-published-subject = Published: { $entity }
email-change-published-body =
    The custodian has verified and published the change to { $entity }.

    { $url }
email-change-rejected-subject = Not published: { $entity }
email-change-rejected-body =
    The custodian did not publish the change to { $entity }.
    Reason given: { $reason }

    { $url }
email-problem-reported-subject = Problem reported: { $entity }
email-problem-reported-body =
    A reader reported a problem with the contact { $entity }: { $kind }.
    Please check the entry and correct it if needed: { $url }

## Communication checks (PING)
nav-checks = Communication checks
nav-messages = Communications
checks-title = Communication checks
checks-lead = Each point of contact receives a short message with a personal link. The time from sending to acknowledgement is measured.
checks-launch-title = Launch a check
field-state-code = State (ISO code)
hint-state-code = Optional, e.g. FR
checks-overdue-only = Only entries overdue for confirmation
checks-preview = Preview
checks-campaigns = Campaigns
checks-campaign-of = Check of { $date }
checks-none = No check has been run yet.
checks-next-scheduled = Next scheduled check of every point of contact: { $date }.
checks-no-schedule = No check is scheduled. The schedule is set in the configuration (checks.schedule_months).
checks-trend = Trend across campaigns
checks-campaign = Campaign
checks-kind-adhoc = ad hoc
checks-kind-scheduled = scheduled
checks-preview-title = Launch this check?
checks-preview-count = Points of contact: { $pocs }. Email addresses that will receive the check message: { $addresses }.
checks-launch = Launch the check
my-checks-link = Checks to acknowledge for your State
results-title = Check results
results-closes = answers accepted until { $date }
results-rate = Response rate
results-acknowledged = Acknowledged
results-median = Median response time
results-p90 = 90th percentile of response time
results-unreachable = Unreachable addresses
results-export = Export the results (CSV)
results-by-region = By region
results-by-type = By type of contact
results-waiting = Not yet acknowledged
results-all-answered = Every address has acknowledged.
col-group = Group
check-status-pending = Waiting for an answer
check-status-unreachable = Unreachable
check-status-acknowledged = Acknowledged
check-unreachable-refused = Unreachable: refused by the mail server
check-unreachable-bounced = Unreachable: the message bounced
results-follow-up = Follow-up
results-reminded = Reminded on { $date }
results-escalated = Escalated on { $date }
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ack-title = Communication check
ack-lead = The custodian of the Directory of Points of Contact is checking that the point of contact of { $state } at this address receives its messages.
ack-sent = Check sent
ack-submit = Confirm receipt
ack-done = Thank you: your confirmation is recorded.
my-checks-title = Checks to acknowledge
my-checks-lead = Checks sent to your State's points of contact that are still waiting for an answer. You may confirm receipt here instead of using the link in the email.
my-checks-none = Nothing is waiting for an answer.
notice-launched = The check is launched: the messages are being sent.
notice-acknowledged = Receipt confirmed.
err-campaign-empty = No point of contact matches this selection.
err-ack-unknown = This link is not valid. If you copied it from an email, check that it is complete.
err-ack-used = This check was already acknowledged. Thank you.
err-ack-expired = This check is closed and can no longer be acknowledged.
field-address = Address
field-check-status = Status
field-sent = Sent
field-acknowledged = Acknowledged
field-response-minutes = Response time (minutes)
field-via = Acknowledged through
email-check-subject = Communication check: { $state }
email-check-body =
    The custodian of the Directory of Points of Contact is checking that the points of contact of { $state } receive their messages.

    This message was sent to the contact "{ $entity }". Please confirm receipt by opening this link and pressing the button, within { $days } days:

    { $link }

    No sign-in is needed. The link works once.
email-check-reminder-subject = Reminder: communication check: { $state }
email-check-reminder-body =
    The custodian of the Directory of Points of Contact sent the contact "{ $entity }" of { $state } a communication check, and receipt has not yet been confirmed.

    Please confirm receipt by opening this link and pressing the button, within { $days } days:

    { $link }

    No sign-in is needed. The link works once. If receipt is not confirmed, the national administrators and the Permanent Mission of { $state } will be told.
email-check-escalation-subject = Points of contact of { $state } have not answered a communication check
email-check-escalation-body =
    The custodian of the Directory of Points of Contact checks that every point of contact receives its messages. { $count ->
        [one] One address of { $state } received a check message and a reminder, and has not confirmed receipt:
       *[other] { $count } addresses of { $state } received a check message and a reminder, and have not confirmed receipt:
    }

    { $addresses }

    Please make sure these addresses are read, or update the entries. A user of { $state } may confirm receipt after signing in:

    { $link }

    This message goes to the national administrators and the Permanent Mission of { $state }, not to the addresses above.
email-currency-due-subject = Entries of { $state } are soon due for confirmation
email-currency-due-body =
    { $count ->
        [one] One entry of { $state } in the Directory of Points of Contact is soon due for its yearly confirmation:
       *[other] { $count } entries of { $state } in the Directory of Points of Contact are soon due for their yearly confirmation:
    }

    { $entries }

    A national administrator confirms that they are still correct, or updates them, here:

    { $link }
email-currency-overdue-subject = Entries of { $state } are overdue for confirmation
email-currency-overdue-body =
    { $count ->
        [one] One entry of { $state } in the Directory of Points of Contact is overdue for its yearly confirmation, and is flagged as possibly out of date to everyone who reads it:
       *[other] { $count } entries of { $state } in the Directory of Points of Contact are overdue for their yearly confirmation, and are flagged as possibly out of date to everyone who reads them:
    }

    { $entries }

    A national administrator confirms that they are still correct, or updates them, here:

    { $link }
desk-confirm-text = Once a year at least, confirm that every entry below is still correct. Change an entry first if it is not.
desk-confirm-submit = Confirm all entries as still correct
notice-confirmed = All entries are confirmed as correct today.
phone-checks-title = Phone checks
phone-checks-none = No phone check has been recorded yet.
phone-check-reached = Reached
phone-check-not-reached = Not reached
field-number = Number called
field-reached = Result of the call
phone-check-submit = Record the phone check
notice-phone-recorded = The phone check is recorded.
err-reached = Choose whether the call reached the contact.
err-phone-not-of-entry = This number is not one of this entry’s numbers.
messages-title = Communications
messages-lead = Communications between your State and other States. Their content is encrypted at rest and is never shown to the custodian.
messages-new = New communication
messages-to = To
messages-from = From
messages-template = Template
messages-compose = Write
messages-threads = Exchanges
messages-alert = Alert
messages-alert-new = Alert to several States
messages-alert-hint = One communication to several or all participating States at once. Each State receives its own copy and acknowledges it separately.
messages-alert-all = Every participating State
messages-alert-to = { $count ->
        [one] To { $count } State:
       *[other] To { $count } States:
    }
messages-none = Your State has not sent or received any communication yet.
messages-col-date = Sent
messages-col-with = Between
messages-col-urgency = Urgency
messages-col-tlp = TLP
messages-col-poc = Point of contact
messages-sent-to = Sent to { $state }
messages-received-from = Received from { $state }
messages-status-waiting = Waiting for acknowledgement
messages-status-acknowledged = Acknowledged
messages-status-answered = Answered
messages-recipients = Recipients
messages-recipients-hint = Address every point of contact of a type, or choose points of contact. Their local time and 24/7 availability are shown.
messages-all-of-type = Every point of contact of type: { $type }
messages-tlp = Traffic Light Protocol marking
messages-tlp-hint = TLP:RED: the named recipients only. TLP:AMBER+STRICT: the receiving organisation only. TLP:AMBER: the receiving organisation and those who need to know. TLP:GREEN: the community. TLP:CLEAR: no limit.
messages-code = Code from your authenticator app
messages-code-hint = Needed only to send TLP:RED: it confirms that you are the one sending it.
messages-fields-hint = Fill in what is known. Every field may be left empty.
messages-expected = (expected)
messages-send = Send
messages-sent-at = Sent
messages-ack-due = Acknowledgement expected by
messages-acknowledged = Acknowledged
messages-responded = First response
messages-recipient-count = { $count ->
    [one] { $count } point of contact
   *[other] { $count } points of contact
}
messages-acknowledge = Acknowledge receipt
messages-escalated-1 = Escalated to the other points of contact of the receiving State on { $date } ({ $count ->
        [one] { $count } address
       *[other] { $count } addresses
    }).
messages-escalated-2 = Escalated to the national administrators of the receiving State on { $date } ({ $count ->
        [one] { $count } person
       *[other] { $count } people
    }).
messages-reply = Reply
messages-forwarded-note = Shared with the consent of { $state }. Scope: { $scope }
attachments-title = Attachments
attachment-size = { $kb } KB
attachments-add = Attach a file
attachments-hint = Logs, reports or captures up to { $kb } KB: PDF, PNG, JPEG, ZIP, gzip or text (.txt, .log, .csv, .json, .xml). Files are encrypted when stored.
attachments-submit = Attach
consent-title = Sharing with a third State
consent-lead = Information received stays confidential. To pass it to a third State, ask the originating State here; it grants or refuses, and the decision is recorded. Without consent nothing can be forwarded.
consent-asked-for = Request to share with { $state }, made on { $date }:
consent-pending = Waiting for the originator's decision
consent-granted = Granted on { $date }
consent-refused = Refused on { $date }
consent-forwarded = Forwarded
consent-grant = Grant consent
consent-refuse = Refuse
consent-forward = Forward to { $state }
consent-third = Third State
consent-scope = What you would share, and why
consent-ask = Ask the originator's consent
messages-record-title = Record of exchanges
messages-record-json = Export the record (JSON)
messages-record-lead = Every exchange { $state } was party to, with its content and timings, for printing or keeping.
templates-title = Communication templates
templates-lead = States write to each other from these templates. Revising one makes a new version; every communication keeps the version it was written with.
templates-definition = Templates (JSON)
templates-definition-hint = Paste one template, or a list as the download gives. A known key makes a new version, a new key a new template; an unchanged template is left as it is. Each field has a name, a kind (text, textarea or date), whether it is expected, and a label in all six languages.
templates-save = Save the template
templates-version = version { $version }
err-template-json = This is not a valid template. Check the JSON, and that every field has name, kind (text, textarea or date), expected and label.
err-template-key = The key and every field name must be 2 to 40 lowercase letters or underscores.
err-template-fields = A template has 1 to 40 fields, each with its own name.
err-template-labels = The title and every label must be given in all six languages: ar, zh, en, fr, ru, es.
err-template-unchanged = This template is the same as its current version.
usage-lead = { $count ->
        [one] { $count } communication between States so far. Only counts are shown: the custodian never sees the content of communications.
       *[other] { $count } communications between States so far. Only counts are shown: the custodian never sees the content of communications.
    }
usage-by-template = By kind
usage-by-urgency = By urgency
usage-by-month = By month
usage-count = Communications
messages-reply-send = Send the reply
urgency-urgent = Urgent
urgency-high = High
urgency-routine = Routine
notice-sent = The communication is sent. The recipients are notified by email without its content.
notice-replied = The reply is sent.
notice-alert-sent = The alert is sent. Each State receives its own copy and acknowledges it separately.
notice-attached = The file is attached.
err-attachment-size = This file is larger than the limit for attachments.
err-attachment-type = Files of this kind cannot be attached. Use PDF, PNG, JPEG, ZIP, gzip or a text file.
err-attachment-disguised = The content of this file does not match its name. It was refused.
err-attachment-empty = Choose a file that is not empty.
notice-consent-asked = Your request is sent to the originating State.
notice-consent-decided = Your decision is recorded and the requesting State is told.
err-consent-third = Choose a participating State other than the two in this exchange.
err-consent-not-recipient = Only the State that received this communication can ask to share it or forward it.
err-consent-not-originator = Only the State that sent this communication decides on sharing it.
err-consent-decided = This request was already decided.
err-consent-not-granted = Nothing can be forwarded without the originator's consent, and a consent is used once.
err-consent-decision = Choose to grant or to refuse.
email-consent-asked-subject = [{ $tlp }] { $state } asks your consent to share information
email-consent-asked-body =
    { $state } asks the consent of your State to pass information from an exchange in the Directory of Points of Contact to a third State.

    Marking: { $tlp }

    Sign in to see the request and grant or refuse it:

    { $link }
email-consent-decided-subject = [{ $tlp }] { $state } has decided on your request to share information
email-consent-decided-body =
    { $state } has decided on your request to share information from an exchange in the Directory of Points of Contact.

    Marking: { $tlp }

    Sign in to see the decision:

    { $link }
err-alert-pocs = An alert addresses types of contact, not individual points of contact.
err-tlp = Choose one of the TLP markings offered.
err-urgency = Choose one of the urgency levels offered.
err-unknown-field = This field is not part of the template.
err-date = Enter a date as year-month-day.
err-template = Choose one of the templates offered.
err-template-revised = The template was revised while you were writing. Copy your text, open the new version and send again.
err-message-state = Choose one of the participating States.
err-second-custodian = A change entered on a State's behalf is verified by another custodian than the one who entered it.
err-code-tries-over = Too many wrong codes: sign in again with your password.
err-message-own-state = Choose another State than your own.
err-message-not-participating = This State does not participate in the directory.
err-message-recipient = A chosen point of contact is not one of this State's published points of contact.
err-message-no-recipient = Choose at least one point of contact or type of contact.
err-message-ack-own = Only the receiving State acknowledges receipt.
err-code-needed = Sending TLP:RED needs a fresh code from your authenticator app.
err-message-ack-done = Receipt was already acknowledged.
email-change-on-behalf-subject = A change was entered on your State's behalf
email-change-on-behalf-body =
    The custodian of the Directory of Points of Contact has entered a change to your State's entry "{ $entity }", citing your written request { $reference }.

    Another custodian will verify it before it is published. If your State did not ask for this change, tell the custodian at once.

    { $url }
desk-held-account = An account was created in your State from outside it, and is on hold until { $until }. If your State did not ask for it, block it below:
user-status-held = On hold until { $until }
user-block = Block
hint-invite-on-behalf = You are creating an account from outside this State: only a national administrator, on the State's written request, when its administrators are replaced. The State's administrators and Mission are told at once; if the State has an active administrator, the account can be used only after the hold, and they may block it.
err-custodian-invites-admins = From outside a State, only a national administrator can be invited; its administrators invite the others.
err-account-held = This account was created from outside your State and is on hold: your State's administrators have been told and may block it. It can be used when the hold ends.
email-account-from-outside-subject = An account was created in your State by the custodian
email-account-from-outside-body =
    The custodian of the Directory of Points of Contact has created an account in your State, citing your written request { $reference }:

    { $name } <{ $email }>, { $role }

    If your State did not ask for this account, tell the custodian at once.

    { $url }
email-account-from-outside-held-subject = An account was created in your State by the custodian: you may block it
email-account-from-outside-held-body =
    The custodian of the Directory of Points of Contact has created an account in your State, citing your written request { $reference }:

    { $name } <{ $email }>, { $role }

    It can be used only in { $hours } hours. Until then, any of your State's national administrators can block it on the State's page. If your State did not ask for this account, block it and tell the custodian.

    { $url }
email-message-new-subject = [{ $tlp }] { $urgency }: a communication from { $state }
email-message-new-body =
    { $state } has sent a communication to your State through the Directory of Points of Contact.

    Urgency: { $urgency }
    Marking: { $tlp }

    Sign in to read it and acknowledge receipt:

    { $link }

    For confidentiality, this email does not contain the communication.
email-message-escalated-subject = [{ $tlp }] { $urgency }: a communication from { $state } is waiting for acknowledgement
email-message-escalated-body =
    { $state } sent a communication to your State through the Directory of Points of Contact, and its receipt has not been acknowledged in the expected time. It is now brought to your attention.

    Urgency: { $urgency }
    Marking: { $tlp }

    Sign in to read it and acknowledge receipt:

    { $link }

    For confidentiality, this email does not contain the communication.
email-message-red-waiting-subject = [{ $tlp }] { $urgency }: a communication from { $state } awaits the persons it was addressed to
email-message-red-waiting-body =
    { $state } sent a TLP:RED communication to named persons of your State through the Directory of Points of Contact, and its receipt has not been acknowledged in the expected time.

    Urgency: { $urgency }

    TLP:RED: only the persons it was addressed to may read it, and this email gives you no access to it. Please make sure they sign in and acknowledge it.
email-message-reply-subject = [{ $tlp }] A reply from { $state }
email-message-reply-body =
    { $state } has replied in an exchange with your State in the Directory of Points of Contact.

    Urgency: { $urgency }
    Marking: { $tlp }

    Sign in to read it:

    { $link }

    For confidentiality, this email does not contain the reply.
seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
field-phone = Phone
field-last-check = Last communication check
last-check-answered = Answered within { $duration } (check of { $date })
last-check-waiting = Awaiting an answer (check of { $date })
last-check-unanswered = Not answered (check of { $date })
last-check-unreachable = Unreachable (check of { $date })
last-check-none = Not checked yet
entry-rejected = This change was not published ({ $when }).
entry-correct = Correct and resubmit
desk-rejected = Not published: to correct and resubmit
timezone-label = { $zone } ({ $city })
timezone-choice = { $city } ({ $country }) — { $zone }
timezone-choice-alone = { $city } — { $zone }
phone-ext = ext. { $ext }
region-none = No regional group
home-progress-reached = { $count } participating States; { $threshold } were needed for the network to be operational.
percent = { $value }%
phone-check-by = called by { $who }
checks-scope = Checked:
scope-all = every point of contact
results-recheck = { $count ->
    [one] Check again the entry that has not answered
   *[other] Check again the { $count } entries that have not answered
}
scope-recheck = the entries that had not answered an earlier check
outbox-search = Recipient or subject
outbox-count = { $count ->
    [one] { $count } message.
   *[other] { $count } messages.
}
audit-action-access-rejected = Request for access rejected
audit-action-access-requested = Access requested
audit-action-campaign-launched = Communication check launched
audit-action-campaign-rechecked = Silent entries checked again
audit-action-campaign-scheduled = Scheduled check run
audit-action-change-submitted = Change submitted
audit-action-change-published = Change verified and published
audit-action-change-rejected = Change rejected
audit-action-check-acknowledged = Check acknowledged
audit-action-check-bounced = Check message bounced
audit-action-checks-escalated = Unanswered checks escalated
audit-action-checks-exported = Check results exported
audit-action-checks-reminded = Reminders sent
audit-action-consent-requested = Consent to share requested
audit-action-consent-granted = Consent to share granted
audit-action-consent-refused = Consent to share refused
audit-action-demo-loaded = Demonstration data loaded
audit-action-directory-exported = Directory exported
audit-action-entries-confirmed = Entries confirmed as correct
audit-action-login-failed = Sign-in refused
audit-action-login-mfa-failed = Wrong second-factor code
audit-action-login-password-ok = Password accepted
audit-action-login-succeeded = Signed in
audit-action-login-throttled = Sign-in slowed down
audit-action-message-acknowledged = Communication acknowledged
audit-action-message-attached = File attached
audit-action-message-escalated = Communication escalated
audit-action-message-forwarded = Communication forwarded
audit-action-message-replied = Reply sent
audit-action-message-sent = Communication sent
audit-action-messages-record = Record of exchanges exported
audit-action-phone-check-recorded = Phone check recorded
audit-action-problem-reported = Problem reported
audit-action-problem-resolved = Problem resolved
audit-action-session-revoked = Session ended
audit-action-state-account-mode = Account policy changed
audit-action-state-admitted = State admitted
audit-action-template-saved = Template saved
audit-action-user-created = Account created
audit-action-user-from-outside = Account created from outside the State
audit-action-user-invited = User invited
audit-action-user-locale = Language changed
audit-action-user-mfa-enrolled = Authenticator enrolled
audit-action-user-password-set = Password set
audit-action-user-recovery-codes = Recovery codes made
audit-action-user-enabled = Account enabled
audit-action-user-disabled = Account disabled
hint-audit-actor = A role (custodian, national_admin, member), a State code or an account id
audit-from = From
audit-to = To
audit-older = Older entries
audit-none = No entry matches.
your-time = ({ $time } your time)
attention-title = Needs attention
attention-none = Nothing at present.
attention-requests = { $count ->
    [one] { $count } request for access to decide
   *[other] { $count } requests for access to decide
}
attention-overdue-all = { $count ->
    [one] The { $count } overdue entry
   *[other] All { $count } overdue entries
}
attention-silent = Addresses silent in the last two checks
attention-unreachable = Bounced or unreachable addresses
attention-escalations = Escalations that reached no one
attention-escalation = From { $from } to { $to }
attention-see-state = the State’s entries
attention-email = Email not delivered in time
attention-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
checks-preview-who = Who will be checked
results-remind = { $count ->
    [one] Remind now the address that has not answered
   *[other] Remind now the { $count } addresses that have not answered
}
results-remind-hint = Each gets a reminder with a new link at once; escalation to the State then counts from this reminder.
notice-reminded = The reminders are being sent.
err-campaign-closed = This check has closed: there is no one left to remind. Check the entries again instead.
err-campaign-none-to-remind = Every address that has not answered has already had its reminder.
audit-action-campaign-reminded = Non-responders reminded by hand
checks-trend-same-scope = Only checks of the same scope are compared: a region's checks are not set beside the whole directory's.
checks-trend-count = { $count ->
    [one] { $count } check
   *[other] { $count } checks
}
checks-trend-show = Show
checks-trend-one = There is only one check of this scope so far.
checks-trend-scope = Checks of
poc-types-title = Types of point of contact
poc-types-lead = Diplomatic and technical points of contact are always offered. The further types are offered only when the custodian enables them.
poc-types-offered = Types States may nominate
poc-types-core = Always offered
poc-types-entries = { $count ->
    [0] no published entry
    [one] { $count } published entry
   *[other] { $count } published entries
}
poc-types-changed = changed on { $date }
poc-types-effect = A type no longer offered cannot be nominated. Its existing entries stay published and readable, and their States can still update or withdraw them.
poc-types-save = Save the types offered
err-poc-type-not-offered = This type of point of contact is not offered in this directory. Choose another type.
audit-action-poc-types-changed = Types of point of contact offered changed
templates-new = New template
templates-col-title = Title
templates-col-key = Key
templates-col-version = Current version
templates-col-fields = Fields
templates-json = Import and export as JSON
templates-export = Download every template as JSON
templates-export-one = Download as JSON
templates-import = Import
templates-revise-hint = Saving makes a new version. Communications already written keep the version they were written with.
templates-key = Key
templates-key-hint = 2 to 40 lowercase letters or underscores, for example cyber_incident. It cannot be changed later.
templates-form-title = Title in the six languages
templates-field-n = Field { $n }
templates-field-add = Add a field
templates-field-add-hint = Fill this in to add a field; leave it empty otherwise.
templates-field-name = Name
templates-field-name-hint = Lowercase letters or underscores.
templates-field-kind = Kind
templates-kind-text = One line
templates-kind-textarea = Several lines
templates-kind-date = Date
templates-field-position = Position
templates-field-expected = Expected: shown as expected, though it may still be left empty
templates-field-label = Label in { $language }
templates-field-remove = Remove this field from the next version
templates-add-field = Add another field
err-template-key-taken = A template with this key exists already. Open it to revise it, or choose another key.
templates-built-in = as installed
err-shell-role = The role must be custodian, national_admin or member.
err-shell-custodian-state = A custodian belongs to no State: leave out --state.
err-shell-state-needed = A national administrator or member belongs to a State: give its ISO code with --state.
err-shell-no-account = There is no account with this email address.
err-shell-not-active = This account is not active: its second factor cannot be reset.
err-shell-exists = An account with this email address exists already.
audit-action-user-mfa-reset = Second factor reset from the command line
checkpoint-title = Signed checkpoint of the audit log
checkpoint-hint = Keep a copy of each checkpoint outside pocdir. Signed with a key kept outside the database, it lets anyone prove later, with the command below, that the log's history has not been rewritten since.
checkpoint-download = { $count ->
    [one] Download the checkpoint of { $count } entry ({ $date })
   *[other] Download the checkpoint of { $count } entries ({ $date })
}
tokens-title = API tokens
tokens-lead = A token lets a program, such as your national CERT's tools, use the directory's API on your behalf. It can do only what you can do, and only within the scopes you give it.
tokens-created = Token “{ $name }” created.
tokens-secret = The token
tokens-shown-once = Copy it now and keep it in a safe place: it is shown only this once, and pocdir keeps only a fingerprint of it.
col-token-name = Name
col-token-scopes = Scopes
col-token-expires = Expires
col-last-used = Last used
tokens-revoked = Revoked
tokens-expired = Expired
tokens-never-used = Never
tokens-new = New token
tokens-name = Name
tokens-name-hint = What the program is, so that you recognise it later, e.g. “CERT ticketing”.
tokens-scopes = What it may do
tokens-days = Valid for (days)
tokens-days-hint = From 1 to { $max } days.
tokens-create = Create the token
tokens-how = A program sends the token in the header “Authorization: Bearer” followed by the token, to the addresses under /api/v1. Sending TLP:RED always needs you, with your authenticator, in the portal.
scope-directory-read = Read the directory: States, entries, search and exports.
scope-directory-write = Submit changes to your State's entries and report problems.
scope-checks = See your State's check results and acknowledge checks.
scope-messages = Send, read and acknowledge communications between States (never TLP:RED).
scope-custodian = The custodian's work: changes to verify, admissions, checks and usage counts.
err-token-name = Give the token a name of at most 80 characters.
err-token-scopes = Tick at least one of the scopes offered.
err-token-days = Give a whole number of days from 1 to 365.
notice-token-revoked = That token no longer works.
audit-action-token-created = API token created
audit-action-token-revoked = API token revoked
audit-action-token-used = API token used
api-token-missing = Send a personal API token in the Authorization header: “Bearer” followed by the token.
api-token-unknown = This token is not known. Check that it was copied whole, or make a new one on your account page.
api-token-expired = This token has expired. Make a new one on your account page.
api-token-revoked = This token was revoked, or its account disabled. It no longer works.
api-rate-limited = Too many requests with this token. Wait a minute, then try again.
api-not-found = There is nothing at this address of the API.
api-method-not-allowed = This address of the API does not take that method.
api-too-large = The request is too large.
api-content-type = Send JSON, with the header Content-Type: application/json.
api-bad-request = The request could not be read: a parameter is unknown or has the wrong type.
api-cursor-invalid = This cursor was not made for this query. Start again without a cursor, and follow next_cursor.
api-json-malformed = The body is not well-formed JSON.
api-json-unknown-field = The body has a field this API does not know. Send only the documented fields.
api-json-wrong-type = A field of the body has the wrong type: text, a list of texts or a number, as documented.
err-red-needs-person = TLP:RED is sent only by a person in the portal, with a fresh code from the authenticator: never with an API token.
tokens-revoke = Revoke
tokens-revoke-named = Revoke the token “{ $name }”
api-ref-title = API reference
api-ref-lead = Programs, such as a national CERT’s ticketing system, read and change the directory through this API, as people do in the portal. Answers are JSON, with keys in English that do not change within version 1.
api-ref-auth = Each request carries a personal token, made on your account page, in the Authorization header: “Bearer” followed by the token. A token never does more than its owner may, and only what its scopes allow. Sending TLP:RED needs a person with a fresh code, so no token can do it.
api-ref-english = Operation names on this page are in your language; the keys, types and field descriptions are in English, as in the OpenAPI document.
api-ref-download = The OpenAPI 3.1 document (JSON)
api-ref-contents = Contents
api-ref-types = Data types
api-ref-problems = Problems
api-ref-problems-lead = A refusal is an RFC 9457 problem (application/problem+json): a stable code for programs, and a title in the language asked for in Accept-Language. Invalid input also lists each field that is wrong, and how to mend it.
api-ref-name = Name
api-ref-type = Type
api-ref-required = Required
api-ref-description = Description
api-ref-yes = yes
api-ref-no = no
api-ref-scope = Scope
api-ref-body = Request body
api-ref-answer = Answer
api-ref-parameters = Parameters
api-ref-fields = Fields
api-ref-code = Code
api-ref-meaning = What it means
footer-api = API for programs
tokens-reference = How a program uses a token: the API reference
api-tag-tokens = The token
api-tag-directory = Reading the directory
api-tag-submissions = A State’s entries
api-tag-checks = Communication checks
api-tag-messages = Communications between States
api-tag-custodian = The custodian’s work
api-op-get-me = The token in use, and whom it acts for
api-op-list-states = List the participating States
api-op-list-state-entries = List a State’s published entries
api-op-search-entries = Search and filter the directory
api-op-get-entry = Read one entry
api-op-get-entry-history = Read an entry’s history
api-op-nominate-entry = Nominate an entry
api-op-update-entry = Change an entry
api-op-withdraw-entry = Withdraw an entry
api-op-confirm-state-entries = Confirm all of a State’s entries as current
api-op-report-problem = Report a problem with an entry
api-op-list-pending-checks = List the State’s checks awaiting an answer
api-op-acknowledge-check = Acknowledge a check
api-op-list-threads = List the State’s communications
api-op-get-thread = Read a communication
api-op-send-communication = Send a communication from a template
api-op-acknowledge-thread = Acknowledge a communication
api-op-reply-to-thread = Reply to a communication
api-op-list-changes = List the changes awaiting verification
api-op-get-change = Read a change and what it alters
api-op-verify-change = Verify and publish a change
api-op-reject-change = Reject a change
api-op-list-access-requests = List the requests for access
api-op-admit-access-request = Admit a request for access
api-op-reject-access-request = Refuse a request for access
api-op-launch-check = Launch a communication check
api-op-get-usage = Read the usage counts
api-op-export-directory = Export the directory as CSV, JSON or vCard
api-op-list-campaigns = List the campaigns of checks
api-op-get-campaign-results = Read a campaign’s results
api-op-get-record = Take the State’s record of its exchanges
api-op-ask-consent = Ask consent to share with a third State
api-op-decide-consent = Grant or refuse consent
api-op-forward-under-consent = Pass on under a granted consent
err-regional-name = Give the directory’s name, up to 80 characters: for example “OSCE”.
err-regional-name-taken = A directory of this name is already registered. Revoke it first, or choose another name.
err-sharing-decision = Choose whether to share with this directory or to stop sharing.
err-sync-cursor = This cursor was not given by this directory’s feed. Start from a snapshot, and send back the cursor it gives.
api-resync = This cursor is too old, or too much has changed since: take a fresh snapshot, then follow the changes from its cursor.
regional-title = Regional directories
regional-lead = A regional directory, such as the OSCE’s, keeps a copy of the entries of the States that chose to share with it, and no others. Register it here to give it a credential; each State then decides in its desk.
regional-created = { $name } is registered. Give it this credential through a secure channel.
regional-secret = Credential
regional-name = Directory
regional-registered = Registered
regional-revoke-named = Revoke { $name }
regional-none = No regional directory is registered.
regional-new = Register a regional directory
regional-name-hint = As States know it, for example “OSCE” or “OAS”.
regional-register = Register
sharing-title = Sharing with regional directories
sharing-lead = Your State decides with which regional directories its entries are shared. A directory you share with keeps a copy and receives each change; when you stop, it is told to delete them.
sharing-status = Entries
sharing-on = Shared
sharing-off = Not shared
sharing-start = Share
sharing-stop = Stop sharing
sharing-start-named = Share with { $name }
sharing-stop-named = Stop sharing with { $name }
notice-sharing-granted = Your entries are now shared with this directory.
notice-sharing-revoked = Sharing stopped. The directory is told to delete your entries.
api-tag-regional = Regional directories
api-op-sync-snapshot = Take a snapshot of the shared entries
api-op-sync-changes = Follow the changes since a cursor
api-op-sync-teams = Read the shared entries in the Global IRT format
audit-action-regional-registered = Regional directory registered
audit-action-regional-revoked = Regional directory revoked
audit-action-regional-used = Regional directory synchronised
audit-action-sharing-granted = Sharing with a regional directory granted
audit-action-sharing-revoked = Sharing with a regional directory revoked
regional-revoke = Revoke
regional-reference = What a regional directory reads, and how: the API reference
import-title = Import a regional directory
import-lead = Each row of the file becomes a change on its State’s behalf, waiting for verification like any other, with the file named as its source. Nothing is published directly. Check the file first: the check writes nothing and says what each row would do.
import-file-refused = The file cannot be read; nothing was changed:
import-checked = What the import would do
import-done = The import is done
import-has-errors = { $count ->
    [one] One row has an error. Nothing was written: correct the file and check it again.
   *[other] { $count } rows have errors. Nothing was written: correct the file and check it again.
}
import-ready = Every row is in order. Nothing was written yet: choose the same file again and import it.
import-submitted = The changes wait for verification, each on its State’s behalf; the States are told.
import-new = New
import-update = Updates
import-unchanged = Unchanged
import-invalid = Errors
import-row = Row
import-outcome = Outcome
import-see-entry = the entry
import-again = Check or import a file
import-file = File
import-file-hint = CSV or JSON, at most { $max } rows.
import-source = Source
import-source-hint = Recorded on each change, for example “OSCE list of 1 December 2026”. The file’s name if left empty.
import-check = Check the file
import-submit = Import
import-formats = Files pocdir reads
import-format-csv = CSV in UTF-8 with this header (in any order; state, poc_type, entity and emails are required; lists separated by “;”; a phone ending in “24/7” is answered around the clock):
import-format-pocdir = JSON in pocdir’s own export format (the directory’s “JSON” export, or GET /api/v1/export/json).
import-format-irt = JSON in the Global IRT format (a list of teams, or its envelope with “data”); fields prefixed “-pocdir-” are read too, and a team is a technical contact unless they say otherwise.
import-matching = A row updates the entry it names by its id, else the State’s entry of the same type sharing an email address; otherwise it nominates a new entry. A row that says what is already published, or already waiting, changes nothing, so importing the same file again changes nothing.
field-row = Row
field-file = File
err-import-encoding = The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8, or JSON), then try again.
err-import-empty = The file has no rows. Choose a CSV file with its header and rows, or a JSON file.
err-import-too-many = The file has more than { $max } rows. Split it into smaller files.
err-import-csv = The CSV header cannot be read. The first line must name the columns, separated by commas.
err-import-csv-line = Line { $line } cannot be read: it has more or fewer columns than the header, or an unclosed quote.
err-import-column = The column “{ $column }” is not one pocdir reads. Use the documented header below.
err-import-column-missing = The column “{ $column }” is missing. Add it to the header.
err-import-json = The file is not well-formed JSON.
err-import-json-shape = This JSON is neither pocdir’s export (an object with “entries”) nor Global IRT (a list of teams, or an object with “data”).
err-import-pending = A different change to this entry is already waiting for verification. Wait for the custodian’s decision, then import again.
err-import-unknown-id = No entry of this State has this id. Leave the id empty to nominate a new entry.
email-import-to-verify-subject = { $count } imported changes to verify
email-import-to-verify-body = 
    An import ({ $source }) submitted { $count } changes on the States’ behalf. Each waits for verification like any other:

    { $url }
email-import-on-behalf-subject = Changes to your State’s entries were imported
email-import-on-behalf-body = 
    The custodian imported a regional directory’s file ({ $source }). It made { $count } changes to your State’s entries, on its behalf. Another custodian verifies each before it is published. If your State did not agree to this, tell the custodian at once.

    { $url }
audit-action-directory-imported = Regional directory imported
err-shell-not-custodian = This account is not an active custodian's. Name the account of a custodian.
err-page-cursor = This cursor was not given by this list. Start again without one, and follow next_cursor.
page-first = Back to the first page
err-page-limit = A page holds from 1 to 500 items. Ask for a number in that range.
api-op-attach-file = Attach a file to a communication
api-op-get-attachment = Download a communication’s attached file
guide-nav = POC 101
guide-title = POC 101: a guide to the directory
guide-lead = For diplomats and technical contacts new to the directory: what it is for, how to take part, and what to do when a message arrives.
guide-contents = Contents
guide-purpose-title = What the directory is for
guide-purpose-1 = The directory lists, for each participating State, the people to contact about a serious ICT incident: diplomatic contacts who speak for the State, and technical contacts, usually at the national CERT, who can act on the incident.
guide-purpose-2 = Its purpose is confidence: in a crisis, one State reaches the right person in another within minutes, with a standard message that says how urgent it is and who may read it, and both keep a record of the exchange. It complements regional and bilateral channels and does not replace them. Taking part is voluntary.
guide-join-title = How a State joins
guide-join-1 = The State’s Permanent Mission to the United Nations requests access on the “Request access” page, citing its note verbale.
guide-join-2 = The custodian verifies the request with the Mission by another channel, then invites the national administrator the Mission named. The administrator chooses a password and sets up an authenticator app: a second factor is required of everyone.
guide-join-3 = The State then nominates its points of contact. Once the custodian has verified them, they are shown to the other participating States, never to the public.
guide-roles-title = Who does what
guide-roles-custodian = The custodian keeps the directory: it admits States, verifies every nomination and change before it is published, and runs the communication checks. It is a small secretariat, not a party to the exchanges between States.
guide-roles-admin = A national administrator keeps the State’s entries and its users, and answers the custodian about them. A State may have more than one.
guide-roles-member = Members, such as the points of contact themselves, read the directory, answer checks, and send and receive communications for their State.
guide-entries-title = Nominating and keeping entries current
guide-entries-1 = An entry names a function rather than a person where it can — the national CERT, the ministry’s cyber unit — with addresses read around the clock if possible, phone numbers, working languages and time zone.
guide-entries-2 = Every nomination, update and withdrawal waits for the custodian, who verifies it with the State before it is published; the State is told when it is. Each entry’s history shows every version and how it was verified.
guide-entries-3 = Each entry is confirmed at least every { $months } months, even when nothing changed: “Confirm all entries as still correct” on the State’s page does it in one step, and the administrators are reminded before it is due. A contact that is out of date is worse than none.
guide-checks-title = Communication checks, and why answering matters
guide-checks-1 = Regularly, and whenever the custodian needs to, every point of contact receives a short check message in its language with a link. Following the link and pressing the button, or acknowledging in the portal, is all that is asked.
guide-checks-2 = The answer proves that the address works, that someone reads it, and how fast. Each State sees its own results and the custodian sees everyone’s, by region and type. A contact that stays silent is reminded, then its administrators are told.
guide-checks-3 = Answer even when nothing is wrong: in a real incident, a silent contact is a broken link in the chain.
guide-send-title = Sending a communication
guide-send-1 = Under “Communications”, choose the receiving State, a template (for example a request for assistance or a notification of an incident), the urgency and the TLP marking, then fill in the template’s fields in your own language. The receiving State reads the fields’ names in its language.
guide-send-2 = The receiving State’s points of contact get an email saying that a communication is waiting; the content stays in the directory. They acknowledge it and may reply in the same thread. If it is not acknowledged in time, it is escalated to more of that State’s contacts.
guide-send-3 = Every communication, acknowledgement and reply is on the record of both States; each can export its own record from the Communications page.
guide-urgency-title = Urgency: how soon an acknowledgement is expected
guide-urgency-urgent = Urgent: within { $minutes } minutes.
guide-urgency-high = High: within { $hours } hours.
guide-urgency-routine = Routine: within { $days } days.
guide-tlp-title = TLP: who may read what you send
guide-tlp-lead = The Traffic Light Protocol (TLP 2.0, published by FIRST) tells the recipients how far they may share the information. Choose the least restrictive marking that still protects it.
guide-tlp-red = TLP:RED — the named recipients only. Sending it needs a fresh code from your authenticator, so no program can send it.
guide-tlp-amber-strict = TLP:AMBER+STRICT — within the receiving organisation only.
guide-tlp-amber = TLP:AMBER — within the receiving organisation, and with those who need to know to protect it.
guide-tlp-green = TLP:GREEN — within the community, but not publicly.
guide-tlp-clear = TLP:CLEAR — no limit on disclosure.
guide-consent-title = Consent to share with a third State
guide-consent-1 = Information received through the directory is not passed to another State without the sender’s consent. The receiving State asks in the thread, saying what it wants to share and with whom; the sender grants or refuses, and only then can the information be forwarded. Every step is on both States’ records.
guide-consent-2 = Separately, each State decides on its page whether its entries are shared with regional directories, such as the OSCE’s, and can withdraw that consent at any time.
guide-custodian-title = What the custodian can and cannot see
guide-custodian-can = The custodian sees the entries, their history and the check results, who holds an account, and the audit log of what was done. Of communications it sees counts only: how many, of which kind and urgency, per month and region.
guide-custodian-cannot = It never sees the content of communications between States, nor who looked up whom. Content is sealed in the database and shown only to the parties.
usage-empty = No communication has been sent through the directory yet. Once States exchange communications, this page counts them by template, by urgency, by month and by the sending State’s region. It never shows their content, nor who wrote to whom.
usage-page-title = Use of the directory
usage-lead-all = How often the directory is used, and for what: sign-ins, look-ups, searches, exports, communications and checks, per month and per region of the State concerned. Counts only: never the content of a communication, and never who looked up whom.
usage-csv = Download the counts (CSV)
usage-by-region-all = By region
usage-col-month = Month
usage-col-region = Region
usage-col-sign_ins = Sign-ins
usage-col-views = Look-ups
usage-col-searches = Searches
usage-col-exports = Exports
usage-col-communications = Communications
usage-col-checks = Checks
usage-region-custodian = The custodian (no State)
usage-communications-title = Communications by kind and urgency
usage-chart = The bars show look-ups and searches together; the table gives every count.
public-fallback = This text has not been written in your language yet: here it is in English.
news-title = News
news-none = No news has been published yet.
news-updated = Updated { $date }
pages-title = Public pages
pages-lead = The texts the public reads on the home page and the news page, in each of the six languages, written in Markdown. Each save is a new version. A language without its own text shows the English one and says so; a page never written keeps the directory’s built-in text.
page-name-mandate = Mandate
page-name-join = How to join
page-name-news = News
pages-col-lang = Language
pages-col-version = Published version
pages-missing = Not written
pages-edit = Edit
pages-version = Version { $version }, { $date }
pages-edit-title = { $page }: { $language }
pages-body = Text (Markdown)
pages-body-hint = A heading starts with { $heading }, a list item with { $item }, and a link is written { $link }. HTML is removed. At most { $max } characters. An empty text withdraws this language’s version: readers get the English one.
pages-preview = Preview
pages-publish = Publish
pages-preview-title = Preview
pages-preview-note = As readers will see it. Nothing is saved until you publish.
pages-preview-empty = The text is empty: readers will get the English version, or the built-in text.
pages-history = Versions
pages-version-by = Version { $version }, { $date }, by { $name }
pages-never = Never written in this language: readers get the English version, or the built-in text.
err-page-too-long = The text is longer than 20,000 characters. Shorten it, or move part of it to the news.
notice-page-published = The page is published.
audit-action-page-published = Public page published
initiatives-title = Capacity building
initiatives-lead = Capacity-building initiatives and expert meetings that participating States offer, published by the custodian. Contact details appear only where the State chose to publish them.
initiatives-from = Not over by
initiatives-filter = Show
initiatives-none = No published initiative matches. Try another region, topic or day.
initiative-kind = Kind
initiative-kind-initiative = Capacity-building initiative
initiative-kind-meeting = Expert meeting
initiative-topic = Topic
initiative-topic-incident-response = Incident response
initiative-topic-policy-diplomacy = Policy and diplomacy
initiative-topic-law-cybercrime = Law and cybercrime
initiative-topic-technical-training = Technical training
initiative-topic-exercises = Exercises
initiative-topic-other = Other
initiative-open = Open to all States
initiative-dates = Dates
initiative-from-to = { $from } to { $to }
initiative-organiser = Organiser
initiative-languages = Languages
initiative-contact = Contact address
initiative-in-english = In English
initiative-propose-title = { $state }: capacity building
initiative-propose-lead = Propose a capacity-building initiative or an expert meeting. Write it in any of the six languages, with an English translation if you can. The custodian publishes it on the public pages, or tells you why not.
initiative-propose-link = Propose a capacity-building initiative
initiative-written-in = Written in
initiative-title = Title
initiative-description = Description
initiative-title-en = Title in English
initiative-description-en = Description in English
initiative-starts = First day
initiative-ends = Last day (if more than one)
initiative-contact-public = Publish the contact address with the initiative
initiative-open-to-all = Open to all States
initiative-submit = Propose
initiative-mine = Your State’s proposals
initiative-mine-none = Your State has proposed nothing yet.
initiative-status-pending = Waiting for the custodian
initiative-status-published = Published
initiative-status-declined = Declined
initiative-declined-because = Reason: { $reason }
initiatives-pending-title = Proposed initiatives
initiatives-pending-lead = Capacity-building initiatives and expert meetings that States proposed. Publish one to put it on the public pages, or decline it with a reason the State reads.
initiatives-pending-none = No proposal is waiting.
initiative-publish = Publish
initiative-decline = Decline
initiative-decline-reason = Reason for declining (the State reads it)
err-initiative-kind = Choose whether this is an initiative or an expert meeting.
err-initiative-topic = Choose one of the topics offered.
err-initiative-languages = Tick at least one of the six languages it is held in.
err-initiative-dates = The last day comes before the first. Correct one of them.
err-initiative-past = This is already over. Only initiatives still to come, or under way, are listed.
err-initiative-decided = This proposal was already decided.
notice-proposed = Proposed: the custodian will publish it or tell you why not.
notice-initiative-published = The initiative is published.
notice-initiative-declined = The initiative is declined; the State reads your reason.
audit-action-initiative-proposed = Initiative proposed
audit-action-initiative-published = Initiative published
audit-action-initiative-declined = Initiative declined
email-initiative-proposed-subject = { $state } proposes: { $title }
email-initiative-proposed-body = 
    { $state } proposed a capacity-building initiative or an expert meeting. Publish it on the public pages, or decline it with a reason the State reads:

    { $url }
email-initiative-published-subject = Published: { $title }
email-initiative-published-body = 
    The custodian published your State’s proposal on the public pages of the directory:

    { $url }
email-initiative-declined-subject = Not published: { $title }
email-initiative-declined-body = 
    The custodian declined your State’s proposal, for this reason: { $reason }

    { $url }
guide-capacity-title = Capacity building, news and help
guide-capacity-1 = States offer training, workshops and expert meetings to one another. A national administrator proposes one from the State’s page; once the custodian has published it, it appears under “Capacity building”, open to the public, with a contact only if the State chose to publish one.
guide-capacity-2 = The custodian’s news is on the “News” page. For help with your account or your State’s entries, ask your national administrator; administrators write to the custodian.
exercise-mark = EXERCISE
exercise-banner = EXERCISE — this is a simulation, not a real incident.
email-exercise-line = *** EXERCISE — this is a simulation, not a real incident. ***
exercise-control = Exercise control
email-exercise-invited-subject = Your State is invited to an exercise of the Directory of Points of Contact
email-exercise-invited-body = The custodian of the Directory of Points of Contact invites your State to take part in a scenario-based exercise.

    Sign in to read the scenario, accept or decline, and name the points of contact who will play:

    { $link }
err-exercise-closed = This exercise is over or canceled: it can no longer change.
err-exercise-language = Choose one of the six languages.
err-exercise-no-injects = Add at least one inject to the timeline before launching.
err-exercise-no-players = At least one State must accept and name its players before the exercise can be launched.
err-exercise-not-running = The exercise is not running: launch or resume it first.
err-exercise-not-started = Lessons learned can be submitted once the exercise has started.
err-exercise-players = To accept, choose at least one of your State's published points of contact as a player.
err-exercise-states = Choose one or more participating States.
err-exercise-status = The exercise cannot do that in its current status; the page shows what it can do now.
err-inject-after = Choose the inject this one follows: an inject already on the timeline.
err-inject-before-start = An inject cannot be scheduled before the start: give a time of zero minutes or more.
err-inject-expiry = This expectation would be due after it expires: make it shorter than the expiry, or the expiry longer.
err-inject-followed = Another inject follows this one: remove or change that inject first.
err-inject-minutes = Give a whole number of minutes, from 1 up to 43,200 (thirty days).
err-inject-release = Choose when the inject is released: at a time, after another inject, or by hand.
err-inject-released = This inject has already been released.
err-inject-states = Choose one or more of the States invited to this exercise that have not declined.
exercises-title = Exercises
exercises-lead = Scenario-based exercises test whether points of contact can be reached and answer in time. Every inject is delivered as a normal communication, clearly marked EXERCISE; players answer in their normal inbox. Nothing of an exercise enters a State's real record of exchanges or the usage counts.
exercises-list = All exercises
exercises-none = No exercise yet.
exercises-state-lead = Exercises your State is invited to. Everything that belongs to an exercise is marked EXERCISE.
exercises-state-none = Your State has not been invited to an exercise.
exercise-new = Prepare a new exercise
exercise-written-in = Language of this text
exercise-title = Title
exercise-narrative = Scenario
exercise-narrative-hint = The situation players start from. You can add the scenario in other languages afterwards.
exercise-create = Create the exercise
exercise-status-draft = In preparation
exercise-status-running = Running
exercise-status-paused = Paused
exercise-status-finished = Finished
exercise-status-canceled = Canceled
exercise-do-launch = Launch
exercise-do-pause = Pause
exercise-do-resume = Resume
exercise-do-end = End the exercise
exercise-do-cancel = Cancel the exercise
exercise-started = Started { $date }
exercise-ended = Ended { $date }
exercise-report-title = After-action report
exercise-csv = Download as CSV
exercise-board = Live board
exercise-board-lead = Per State and per inject: delivered, acknowledged and answered (time from release, hours:minutes:seconds), escalated, each expectation met, late or failed, and where the chain broke.
exercise-scenario = Scenario
exercise-languages = Written in: { $languages }
exercise-scenario-edit = Edit the scenario or add a language
exercise-scenario-save = Save the scenario
exercise-scenario-in = The scenario is not written in your language; it is shown in { $language }.
exercise-states = Participating States
exercise-states-none = No State invited yet.
exercise-invite = Invite States
exercise-invite-send = Send the invitations
exercise-answer-accepted = Accepted
exercise-answer-declined = Declined
exercise-answer-waiting = Not answered yet
exercise-players-count = { $count ->
        [one] one player
       *[other] { $count } players
    }
exercise-timeline = Timeline of injects
exercise-timeline-none = No inject yet.
exercise-inject-number = Inject { $number }
exercise-inject-to = To: { $states }
exercise-released-at = released { $date }
exercise-rehearse = Rehearse
exercise-release-now = Release now
exercise-remove = Remove
exercise-inject-template = Template of the next inject
exercise-inject-add = Add an inject
exercise-inject-needs-states = Invite States first: an inject is addressed to States taking part.
exercise-inject-new = New inject
exercise-inject-lead = An inject is a communication from exercise control, or from a State control plays, to the players of one or more participating States. It uses the normal template, urgency and TLP.
exercise-sender = Sent as
exercise-sender-hint = Leave empty to send as exercise control, or name the State control plays (for example a fictitious State of the scenario).
exercise-inject-to-states = To the players of
exercise-inject-content = Content
exercise-release = Released
exercise-release-at = At a time from the start
exercise-release-after = After another inject
exercise-release-after-which = The inject it follows
exercise-release-manual = By hand, when control decides
exercise-offset = Minutes
exercise-offset-hint = From the start, or after the inject it follows. Pauses do not count.
exercise-expectations = Expectations
exercise-expectations-hint = What players are expected to do, and how soon. Leave empty for no expectation.
exercise-expect-ack-minutes = Acknowledged within (minutes)
exercise-expect-answer-minutes = Answered within (minutes)
exercise-expiry-minutes = Expectations expire after (minutes)
exercise-expiry-hint = Not done by then, an expectation has failed. Empty: { $minutes } minutes (a day).
exercise-inject-save = Add to the timeline
inject-at = At { $time } from the start
inject-after = { $time } after inject { $number }
inject-manual = Released by hand
inject-expect-ack = Acknowledged within { $time }
inject-expect-answer = Answered within { $time }
inject-expiry = Expires after { $time }
exercise-rehearse-title = Rehearsal of inject { $number }
exercise-rehearse-lead = Exactly what a player will see, in the language you choose: the email that tells them, then the communication in the portal. Nothing is sent to the States.
exercise-rehearse-lang = Player's language
exercise-rehearse-show = Show
exercise-rehearse-email = The email
exercise-rehearse-portal = The communication in the portal
exercise-rehearse-send = Send this email to myself
exercise-state = State
exercise-inject = Inject
exercise-released = Released
exercise-delivery = Email
exercise-acknowledged = Acknowledged after
exercise-answered = Answered after
exercise-escalated = Escalated
exercise-expectations-col = Expectations
exercise-broke = Where the chain broke
exercise-not-released = Not released
exercise-delivery-sent = Delivered
exercise-delivery-waiting = Waiting to be sent
exercise-delivery-failed = Not delivered or bounced
exercise-delivery-none = No email
exercise-escalations = { $count ->
        [one] one step
       *[other] { $count } steps
    }
exercise-escalation-empty = reached no one
exercise-expect-ack-short = Acknowledgement:
exercise-expect-answer-short = Answer:
exercise-outcome-met = met
exercise-outcome-late = late
exercise-outcome-failed = failed
exercise-outcome-pending = open
exercise-broke-not-delivered = Email not delivered, or bounced
exercise-broke-escalation-empty = The escalation reached no one
exercise-broke-not-acknowledged = Delivered but not acknowledged
exercise-broke-not-answered = Acknowledged but not answered
exercise-broke-answered-late = Answered late
exercise-results-none = Nothing released yet.
exercise-network = The whole network
exercise-delivered = Injects delivered (State by inject)
exercise-ack-rate = Acknowledged
exercise-answer-rate = Answered (response rate)
exercise-ack-times = Time to acknowledge
exercise-answer-times = Time to answer
exercise-median-p90 = median { $median }, 90th percentile { $p90 }
exercise-breaks = Where the chain broke
exercise-ack-rate-by-state = Share of injects acknowledged, by State
exercise-results = Results by State and inject
exercise-report-print = Print this page, or save it as PDF from your browser: the print version leaves out menus and buttons.
exercise-lessons = Lessons learned
exercise-lessons-none = No lesson learned submitted yet.
exercise-lesson-anonymous = A participating State
exercise-lesson = A lesson learned
exercise-lesson-lang = Written in
exercise-lesson-submit = Submit the lesson
exercise-named-yes = Your State's lessons carry its name in the report.
exercise-named-no = Your State's lessons appear without its name in the report.
exercise-name-show = Name my State
exercise-name-hide = Make them anonymous
exercise-your-answer = Your State's answer
exercise-players = Players
exercise-players-hint = The published points of contact who take part. Injects are addressed to them; escalation works as it would for real.
exercise-accept = Accept with these players
exercise-decline = Decline
exercise-your-results = Your State's results
exercise-how-to-play = Injects arrive in your normal inbox, marked EXERCISE. Acknowledge and answer them as you would for real: the times are recorded to the second.
usage-col-exercises = States in exercises
audit-action-exercise-created = Exercise created
audit-action-exercise-scenario = Exercise scenario written
audit-action-exercise-invited = State invited to an exercise
audit-action-exercise-answered = Exercise invitation answered
audit-action-exercise-naming = Exercise lessons naming chosen
audit-action-exercise-inject-added = Exercise inject added
audit-action-exercise-inject-removed = Exercise inject removed
audit-action-exercise-launch = Exercise launched
audit-action-exercise-pause = Exercise paused
audit-action-exercise-resume = Exercise resumed
audit-action-exercise-end = Exercise ended
audit-action-exercise-cancel = Exercise canceled
audit-action-exercise-inject-released = Exercise inject released
audit-action-exercise-rehearsed = Exercise inject rehearsed
audit-action-exercise-lesson = Exercise lesson learned submitted
err-exercise-answer = Choose whether your State accepts or declines.
guide-exercises-title = Exercises
guide-exercises-1 = The custodian runs scenario-based exercises to test whether points of contact can be reached and answer in time. Your State is invited by email; a national administrator accepts, naming the points of contact who will play, or declines.
guide-exercises-2 = During an exercise, its messages arrive in your normal inbox as communications, marked EXERCISE on every page and in every email, so that no one takes them for a real incident. Acknowledge and answer them as you would for real: times are recorded to the second, and escalation works as usual.
guide-exercises-3 = Nothing of an exercise enters your State’s record of real exchanges. Afterwards, your State sees its own results beside the figures of the whole network, and players submit lessons learned in their own language; the national administrator chooses whether they carry the State’s name.
guide-figure-send-alt = The form for writing to another State: every point of contact of a type, or chosen points of contact, each with their local time and hours of availability.
guide-figure-send-caption = Writing to a State: choose whom to address; their local time helps you judge whether they are at work.
guide-figure-exercise-alt = A communication of an exercise: a purple EXERCISE band above and below, the sender played by exercise control, urgency, TLP marking, and the time of acknowledgement.
guide-figure-exercise-caption = An exercise’s communication is marked EXERCISE above and below, and in the subject of its email.
field-pgp-key = OpenPGP public key
hint-pgp-key = Optional. Paste the key as exported, from “-----BEGIN PGP PUBLIC KEY BLOCK-----” to the END line. It is checked now: it must be current and able to encrypt. Never paste a private key.
field-pgp-expires = OpenPGP key expires
pgp-expires = Expires on { $date }
pgp-never-expires = Does not expire
pgp-download = Download the key
pgp-notice-expired = This key has expired: no one can encrypt to it.
pgp-notice-expiring = This key expires within thirty days.
pgp-notice-user-id = None of this key’s user ids names one of the entry’s addresses: check that it is the right key.
err-pgp-too-large = This key is larger than 64 KB: export it without extra signatures (gpg --export-options export-minimal).
err-pgp-private = This is a private key: it was not saved. Paste the public key only (gpg --armor --export), and consider the private key exposed if it left its owner.
err-pgp-unreadable = This is not a readable OpenPGP public key: paste the whole armoured block, BEGIN and END lines included.
err-pgp-signature = This key’s own signatures do not verify: it may have been altered. Export it again from its owner.
err-pgp-revoked = This key has been revoked by its owner: ask for the key that replaced it.
err-pgp-expired = This key has expired: extend it (gpg --quick-set-expire) and export it again.
err-pgp-no-encryption = This key can only sign: it has no current part that can encrypt. Add an encryption subkey (gpg --quick-add-key FINGERPRINT cv25519 encr) and export it again.
err-pgp-fingerprint-mismatch = The fingerprint typed is not this key’s, which is { $fingerprint }: check that you pasted the right key, or clear the fingerprint.
email-pgp-expiring-subject = An OpenPGP key of { $state } expires on { $date }
email-pgp-expiring-body = The OpenPGP key of the entry “{ $entity }” (fingerprint { $fingerprint }) expires on { $date }.

    After that day no communication can be encrypted to it. Extend the key, or have its owner make a new one, and update the entry:

    { $link }
email-pgp-expired-subject = An OpenPGP key of { $state } has expired
email-pgp-expired-body = The OpenPGP key of the entry “{ $entity }” (fingerprint { $fingerprint }) expired on { $date }.

    Communications to this entry are no longer encrypted. Update the entry with a current key:

    { $link }
audit-action-key-reminded = OpenPGP key reminder sent
email-signed-footer = This email is signed with the directory’s OpenPGP key, fingerprint { $fingerprint }. An email that asks you to click and is not signed by this key is not from the directory: do not click, and tell your national administrator. How to check: { $url }/guide#genuine
footer-mail-key = Our emails are signed with the OpenPGP key
footer-mail-key-download = Download the key
footer-mail-key-how = How to check an email
guide-genuine-title = Telling our emails from imitations
guide-genuine-1 = Checks and notifications ask you to click a link, which is why attackers imitate them. Every email the directory sends is signed with its own OpenPGP key, whose fingerprint is:
guide-genuine-2 = A mail program that reads OpenPGP (Thunderbird, for instance, or Outlook with an add-in) shows the signature as valid once you have imported the key. Without one, save the email and ask your CERT to check it with GnuPG (gpg --verify). Compare the fingerprint with the one above, which every page of the directory shows.
guide-genuine-3 = An email that asks you to acknowledge or sign in and is not signed by this key does not come from the directory: do not click, and tell your national administrator.
email-encrypted-body = This email is encrypted to your OpenPGP key: open it with your OpenPGP software. It holds the communication and the link to acknowledge it.
thread-key-problem = The email to “{ $entity }” went without the content:
email-pgp-unusable-subject = A communication reached “{ $entity }” without its content: its OpenPGP key cannot be used
email-pgp-unusable-body = A communication to your State was sent to “{ $entity }”, but its content could not be encrypted to the entry’s OpenPGP key: { $reason }

    The email went without the content, as notifications do without a key; the communication waits in the portal. Update the entry’s key:

    { $link }
passkeys-title = Passkeys
passkey-what = A passkey is kept by your device or security key and unlocked with your fingerprint, face or PIN. It proves who you are to this site only, so a look-alike site cannot use it.
passkeys-custodian = Custodian accounts sign in with a passkey. Keep at least one; add a second on another device in case one is lost.
passkeys-none = You have no passkey yet.
passkey-new = Add a passkey
passkey-name = Name of this passkey
passkey-name-hint = Something that tells you which device holds it, e.g. "Office laptop" or "Blue security key".
passkey-add = Add a passkey
passkey-use = Use a passkey instead
passkey-failed = Your browser or authenticator gave no passkey (cancelled, timed out or not available). Try again, or use a code.
passkey-needs-script = Adding a passkey needs JavaScript and a browser with passkey support.
passkey-remove = Remove
passkey-remove-named = Remove passkey { $name }
col-passkey-name = Passkey
col-added = Added
passkey-setup-title = Add a passkey to continue
passkey-setup-lead = Custodian accounts must sign in with a passkey. Until you add one, this account can do nothing else.
passkey-setup-until = You can sign in with your code to add one until { $until }, once only. After that, only the operator can let this account in again ({ $command }).
notice-passkey-added = The passkey is added. Use it the next time you sign in.
notice-passkey-removed = The passkey is removed: it can no longer sign in to this account.
err-passkey-name = Give this passkey a name of 1 to 60 characters, so that you can tell it from others.
err-passkey-unreadable = The browser's answer could not be read as a passkey response. Nothing was changed; try again.
err-passkey-expired = This passkey request has expired or was already answered. Nothing was changed; try again.
err-passkey-challenge = This passkey answer was made for another request, not this one. Nothing was changed.
err-passkey-origin = This passkey answer was made for another site. If you did not expect this, someone may be imitating pocdir; tell the custodian. Nothing was changed.
err-passkey-cloned = This passkey's use counter went backwards: it may have been copied. It was refused; remove it from your account and tell the custodian.
err-passkey-unverified = The authenticator did not verify you (fingerprint, face or PIN). Passkeys here always need it; try again.
err-passkey-refused = This passkey answer is not valid for this account. Nothing was changed.
err-passkey-model = This kind of authenticator (model { $model }) is not allowed here. Use one of the models the custodian allows.
err-passkey-known = This passkey is already registered. Nothing was changed.
err-passkey-none = This account has no passkey. Use your code, or add a passkey on your account page.
err-passkey-last = A custodian account keeps at least one passkey. Add another before removing this one.
err-passkey-required = Custodian accounts sign in with a passkey, not a code. Use the passkey button.
err-passkey-grace-over = The time to add a passkey to this custodian account is over. Ask the operator to reset its second factor ({ $command }).
audit-action-passkey-added = Passkey added
audit-action-passkey-removed = Passkey removed
audit-action-login-passkey-grace-over = Sign-in refused: passkey enrolment time over
passkey-send = Send, confirmed with a passkey
export-confirm-title = Confirm the export
export-confirm-lead = This export holds the contacts of more than one State: a copy of the directory that leaves the portal. Confirm that it is you, with a code from your authenticator app or a passkey. The export is recorded in the audit log.
export-confirm-submit = Export
export-confirm-back = Back to the directory
passkey-export = Export, confirmed with a passkey
nav-cancel-sign-in = Cancel sign-in
field-pgp-key-file = Or upload the key file
hint-pgp-key-file = A text file (.asc), as “gpg --armor --export” writes it. A file chosen here replaces the text above.
err-pgp-binary = This key file is binary. Upload the key as text: export it with “gpg --armor --export”, which writes a file that starts with “-----BEGIN PGP PUBLIC KEY BLOCK-----”.
guide-signin-title = Signing in: codes and passkeys
guide-signin-1 = Every account needs a second factor after its password: a six-digit code from an authenticator app on your phone, and ten recovery codes to keep on paper in case the phone is lost.
guide-signin-2 = A passkey is quicker and safer: add one under “My account”, then sign in by unlocking your phone or touching your security key. It works only on this site, so an imitation of it cannot catch it. A passkey also confirms sending TLP:RED and exporting more than one State's contacts.
guide-signin-3 = Custodian accounts sign in with a passkey only; keep two, on different devices. A custodian who has lost them all is let in again by the operator from the server's command line, and that is recorded in the audit log.
email-message-new-encrypted-body =
    { $state } has sent a communication to your State through the Directory of Points of Contact.

    Urgency: { $urgency }
    Marking: { $tlp }

    The communication follows, encrypted to your OpenPGP key. Sign in to acknowledge receipt and to answer:

    { $link }
email-message-reply-encrypted-body =
    { $state } has replied in an exchange with your State in the Directory of Points of Contact.

    Urgency: { $urgency }
    Marking: { $tlp }

    The reply follows, encrypted to your OpenPGP key. Sign in to answer:

    { $link }
email-message-escalated-encrypted-body =
    { $state } sent a communication to your State through the Directory of Points of Contact, and its receipt has not been acknowledged in the expected time. It is now brought to your attention.

    Urgency: { $urgency }
    Marking: { $tlp }

    The communication follows, encrypted to your OpenPGP key. Sign in to acknowledge receipt and to answer:

    { $link }
hint-code-confirm = The six digits your authenticator app shows now.
err-sync-page = This page was not given by this snapshot. Start again without one, and follow next_page.
account-recovery-custodian = Custodian accounts sign in with a passkey only, so recovery codes do not apply to them. If every passkey is lost, the operator lets the account in again from the server's command line, and that is recorded in the audit log.
