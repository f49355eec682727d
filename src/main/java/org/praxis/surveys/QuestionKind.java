package org.praxis.surveys;

/** How a question is answered. Agreement and choice questions must be answered; free text may be left empty. */
public enum QuestionKind {
    AGREEMENT("Agree or disagree (five points)"),
    CHOICE("One of a list of choices"),
    FREE_TEXT("Free text, published only after review");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this != FREE_TEXT;
    }
}
