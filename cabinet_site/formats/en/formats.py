# The English admin and site keep Django's English formats, but the week starts on Monday in
# Kazakhstan, in the date picker and the event calendar alike.
FIRST_DAY_OF_WEEK = 1
