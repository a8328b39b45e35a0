package dev.retort.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Refuses a value after {@code --password}: a password on the command line stays in the shell's history and shows in
 * the process list. {@code --password} takes no value and prompts; so a word right after it ({@code --password secret},
 * {@code --password=secret}) is refused, without repeating it. To give positional arguments, write them first.
 */
public final class PasswordPreprocessor implements IParameterPreprocessor {

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        // picocli says " " for a separate word, "=" for --password=value.
        Object separator = info.get("separator");
        boolean attached = separator != null && !separator.toString().isBlank();
        boolean valueFollows = !args.isEmpty() && !args.peek().startsWith("-");
        if (attached || valueFollows) {
            throw new ParameterException(commandSpec.commandLine(), "--password takes no value: a password on the "
                    + "command line stays in the shell's history and shows in the process list; write --password "
                    + "alone (after the arguments) to be asked for it, or set " + DatabaseOptions.PASSWORD_VARIABLE);
        }
        return false;
    }
}
