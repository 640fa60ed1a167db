#pragma once
// The queue table's columns laid out to fit the pane without horizontal scrolling: the short columns
// (time left, verdict, arrival, holder) as wide as their text, applicant and school share what is left
// (elided, whole text in the tooltip), the exam number hidden (it is in the applicant panel and tooltip).

class QTableView;

namespace certphoto::app {

// Column indices of the model shown: exam number (hidden) and the two that stretch.
void layoutQueueColumns(QTableView* view, int examColumn, int applicantColumn, int schoolColumn);

} // namespace certphoto::app
