from doctools.cli import main

main()
