package dev.tiergate.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile as its instructions, grouped by build stage; comments dropped, continuations joined. */
record Dockerfile(List<Stage> stages) {

    /** One instruction: the keyword in upper case and the rest of the line. */
    record Instruction(String keyword, String arguments) {
    }

    /** A stage: its FROM arguments and the instructions that follow. */
    record Stage(String from, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
        }
    }

    static Dockerfile parse(String text) {
        List<Stage> stages = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String trimmed = raw.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && line.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                line.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            line.append(trimmed);
            add(stages, line.toString().strip());
            line.setLength(0);
        }
        return new Dockerfile(List.copyOf(stages));
    }

    Stage last() {
        return stages.getLast();
    }

    private static void add(List<Stage> stages, String line) {
        if (line.isEmpty()) {
            return;
        }
        String[] parts = line.split("\\s+", 2);
        Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        if (instruction.keyword().equals("FROM")) {
            stages.add(new Stage(instruction.arguments(), new ArrayList<>()));
        } else if (stages.isEmpty()) {
            throw new IllegalArgumentException("Instruction before the first FROM: " + line);
        } else {
            stages.getLast().instructions().add(instruction);
        }
    }
}
