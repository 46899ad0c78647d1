package crosscheck.reuse.quotes;

/**
 * A top-level quotation of one paragraph, found by {@link QuotationScanner}.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, -1 when the quotation runs to the paragraph end
 * @param contentStart offset of the quoted words, without the marks, spaces and a trailing comma
 */
record Quotation(int paragraph, int open, int close, int contentStart, int contentEnd) {}
