import TipL10nCLI

await TipL10nCommand.main()
