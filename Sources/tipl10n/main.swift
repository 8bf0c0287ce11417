import TipL10nCLI

TipL10nCommand.main()
