import TipL10nCLI

TipL10nCommand.main(arguments: Array(CommandLine.arguments.dropFirst()))
