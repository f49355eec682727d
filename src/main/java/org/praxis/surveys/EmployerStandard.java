package org.praxis.surveys;

import java.util.Optional;

/** The Local Government Association's eight Standards for Employers of Social Workers in England (2020). */
public enum EmployerStandard {
    FRAMEWORK(1, "Strong and clear social work framework"),
    WORKFORCE_PLANNING(2, "Effective workforce planning systems"),
    SAFE_WORKLOADS(3, "Safe workloads and case allocation"),
    WELLBEING(4, "Wellbeing"),
    SUPERVISION(5, "Supervision"),
    PROFESSIONAL_DEVELOPMENT(6, "Continuing professional development"),
    PROFESSIONAL_REGISTRATION(7, "Professional registration"),
    EDUCATION_PARTNERSHIPS(8, "Partnerships with education and research");

    private final int number;
    private final String title;

    EmployerStandard(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** "Standard 3: Safe workloads and case allocation". */
    public String label() {
        return "Standard " + number + ": " + title;
    }

    public static Optional<EmployerStandard> numbered(Integer number) {
        if (number == null) {
            return Optional.empty();
        }
        for (var s : values()) {
            if (s.number == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
