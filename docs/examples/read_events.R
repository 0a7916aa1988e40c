# The CSV output in base R (no packages needed):
#   python -m conflictevents page.txt --published 2025-05-12 --format csv -o events.csv
events <- read.csv("events.csv", stringsAsFactors = FALSE, na.strings = "")
print(table(events$event_type))

# Claims are rows too; claim_id links an event to the claim that states it.
strikes <- subset(events, event_type == "strike")
claims <- subset(events, event_type == "claim")
strikes$said_by <- claims$source[match(strikes$claim_id, claims$event_id)]
print(strikes[, c("event_date", "actor1", "location", "said_by")])

# Dates come at the precision the text gives: keep the day-precise ones for a daily series.
daily <- subset(events, date_precision == "day")
daily$day <- as.Date(daily$event_date)
print(aggregate(event_id ~ day + event_type, data = daily, FUN = length))
